package org.ehcpqa.synthetic;

import java.util.List;
import java.util.Map;

/**
 * Invented names from the communities English councils serve. Combinations are random, so no
 * name here is meant to be, or to point at, a real person; places and schools are fictional.
 */
final class NameBank {
    private NameBank() {
    }

    /** first names (girls), first names (boys), surnames, for one culture. */
    record Culture(List<String> girls, List<String> boys, List<String> surnames) {
    }

    static final List<Culture> CULTURES = List.of(
            new Culture(List.of("Amelia", "Poppy", "Isla", "Freya", "Evie", "Harriet", "Matilda", "Grace"),
                    List.of("Oliver", "Alfie", "George", "Harry", "Theo", "Jack", "Reuben", "Archie"),
                    List.of("Thornton", "Ashworth", "Pickering", "Hollings", "Brierley", "Fairclough", "Marsden", "Haigh")),
            new Culture(List.of("Seren", "Cerys", "Ffion", "Megan", "Nia", "Carys"),
                    List.of("Rhys", "Dylan", "Owain", "Gethin", "Iwan", "Cai"),
                    List.of("Pritchard", "Rees", "Parry", "Llewellyn", "Pugh", "Vaughan")),
            new Culture(List.of("Zuzanna", "Maja", "Julia", "Hanna", "Lena", "Oliwia"),
                    List.of("Jakub", "Antoni", "Szymon", "Filip", "Kacper", "Mikolaj"),
                    List.of("Kowalczyk", "Nowicki", "Wojcik", "Zielinski", "Lewandowska", "Mazur")),
            new Culture(List.of("Amira", "Ayesha", "Hafsa", "Maryam", "Zainab", "Iqra", "Noor"),
                    List.of("Ibrahim", "Yusuf", "Zayan", "Hamza", "Rayyan", "Bilal", "Musa"),
                    List.of("Hussain", "Akhtar", "Mahmood", "Iqbal", "Rashid", "Bashir", "Qureshi")),
            new Culture(List.of("Hodan", "Ayaan", "Sagal", "Ifrah", "Nasra", "Hibo"),
                    List.of("Abdirahman", "Liban", "Mahad", "Khalid", "Guled", "Sharmarke"),
                    List.of("Warsame", "Farah", "Abdi", "Jama", "Egal", "Hersi")),
            new Culture(List.of("Chiamaka", "Adaeze", "Temi", "Funmi", "Zara"),
                    List.of("Tobi", "Chidi", "Emeka", "Kofi", "Tayo"),
                    List.of("Okafor", "Adeyemi", "Mensah", "Obi", "Balogun")),
            new Culture(List.of("Roisin", "Aoife", "Niamh", "Ciara"),
                    List.of("Cian", "Oisin", "Darragh", "Fionn"),
                    List.of("Brennan", "Doherty", "Gallagher", "Keane")));

    static final List<String> TOWNS = List.of("Northmoor", "Kestrelby", "Ashvale", "Harbourside", "Meadowford",
            "Fenwick Dale", "Woldside", "Brackenholme", "Hollowmere", "Thistleby", "Copperbridge");
    static final List<String> STREETS = List.of("Lark Rise", "Millstone Lane", "Heron Close", "Quarry Bank Road",
            "Sycamore Walk", "Chapel Fold", "Weavers Row", "Beckside Drive", "Orchard Crescent", "Tanner Street");
    static final List<String> SCHOOL_PLACES = List.of("Oakfield", "Brookside", "Hollins Park", "Greystones",
            "St Aidan's", "Moorcroft", "Linthwaite Vale", "Skylark", "Willowbank", "Fernhill", "Larchwood");
    static final List<String> PROFESSIONAL_FIRST = List.of("Helen", "Mark", "Priya", "Gareth", "Joanne",
            "Tariq", "Sinead", "Claire", "Dominic", "Agnieszka", "Fatima", "Stuart", "Beverley", "Naveed");
    static final List<String> PROFESSIONAL_LAST = List.of("Whitcombe", "Barraclough", "Chaudhry", "Ellison",
            "Greenhalgh", "Sandhu", "Mulroney", "Ormerod", "Kaminska", "Dewhirst", "Latham", "Okonjo");

    /** The names family and friends call some children by; plans often say "known as ...". */
    static final Map<String, String> NICKNAMES = Map.ofEntries(
            Map.entry("Amelia", "Millie"), Map.entry("Harriet", "Hattie"), Map.entry("Matilda", "Tilly"),
            Map.entry("Grace", "Gracie"), Map.entry("Oliver", "Ollie"), Map.entry("Theo", "Teddy"),
            Map.entry("Archie", "Arch"), Map.entry("Megan", "Meg"), Map.entry("Dylan", "Dyl"),
            Map.entry("Jakub", "Kuba"), Map.entry("Szymon", "Szymek"), Map.entry("Zuzanna", "Zuzia"),
            Map.entry("Hanna", "Hania"), Map.entry("Mikolaj", "Mikey"), Map.entry("Ibrahim", "Ibby"),
            Map.entry("Rayyan", "Ray"), Map.entry("Maryam", "Mimi"), Map.entry("Zainab", "Zee"),
            Map.entry("Abdirahman", "Abdi"), Map.entry("Chiamaka", "Chi"), Map.entry("Adaeze", "Ada"),
            Map.entry("Emeka", "Meks"), Map.entry("Fionn", "Finn"), Map.entry("Oisin", "Osh"));
}
