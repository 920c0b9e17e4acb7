package org.ehcpqa.privacy;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Words about names: titles, and the capitalised words that are never a name
 * (months, roles, section words, therapies), so detection never turns "September" or "Speech and
 * Language Therapist" into a person.
 */
final class NameWords {

    static final Pattern SPLIT = Pattern.compile("[ \\t\\u00A0]+");

    /** Titles written before a name; the title is replaced with the name. */
    static final Set<String> TITLES = Set.of("Mr", "Mrs", "Ms", "Miss", "Mx", "Dr", "Prof", "Professor", "Sir",
            "Dame", "Rev", "Revd", "Cllr", "Councillor", "Master");

    /**
     * Capitalised words that are never a person's name in a plan: the calendar, words that open
     * sentences, roles, organisations and documents, needs, subjects and programmes.
     */
    private static final Set<String> NOT_NAMES = Set.copyOf(java.util.List.of(
            // calendar
            "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
            "November", "December", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
            "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "Christmas", "Easter",
            "Eid", "Diwali", "Ramadan", "Autumn", "Spring", "Summer", "Winter", "Term", "Half",
            // function words that open sentences
            "The", "This", "That", "These", "Those", "There", "Their", "They", "Them", "He", "She", "His", "Her", "Him",
            "It", "Its", "We", "Our", "Ours", "You", "Your", "My", "Me", "Mine", "Who", "Whom", "What", "When", "Where",
            "Which", "How", "Why", "All", "Any", "Each", "Every", "Some", "One", "Two", "Three", "No", "Not", "Yes",
            "And", "But", "Or", "If", "As", "At", "In", "On", "By", "To", "For", "With", "From", "Of", "Into", "About",
            "After", "Before", "During", "Since", "Until", "While", "Also", "Both", "Either", "Neither", "Please",
            "Thank", "Thanks", "Dear", "Hello", "Today", "Yesterday", "Tomorrow", "Currently", "Previously",
            "Recently", "Now", "Then", "Here", "Is", "Are", "Was", "Were", "Would", "Can", "Could", "Should",
            "May", "Might", "Must", "Has", "Have", "Had", "Does", "Did", "Do", "Being", "Been", "Says", "Said",
            "Likes", "Loves", "Wants", "Needs", "Enjoys", "Attends", "Lives", "Other", "Another", "New", "Next",
            "Last", "First", "Second", "Third", "Current", "Previous", "Many", "Most", "Much", "Very", "More", "Less",
            "Only", "Just", "Well", "Good", "Great", "Best", "Strong", "Weak", "Main", "Named", "Known", "Called",
            // people by role
            "Mum", "Mummy", "Mam", "Mom", "Dad", "Daddy", "Mother", "Father", "Parent", "Parents", "Carer", "Carers",
            "Brother", "Sister", "Siblings", "Sibling", "Nan", "Nana", "Nanna", "Gran", "Granny", "Grandma",
            "Grandmother", "Grandad", "Granddad", "Grandpa", "Grandfather", "Grandparents", "Aunt", "Auntie", "Aunty",
            "Uncle", "Cousin", "Foster", "Guardian", "Family", "Families", "Friend", "Friends", "Neighbour",
            "Child", "Children", "Young", "Person", "People", "Pupil", "Pupils", "Student", "Students", "Adult",
            "Adults", "Baby", "Boy", "Girl", "Twin", "Twins", "Little", "Big", "Older", "Younger", "Step",
            "Teacher", "Teachers", "Teaching", "Assistant", "Assistants", "Therapist", "Therapists", "Psychologist",
            "Psychologists", "Psychiatrist", "Paediatrician", "Physiotherapist", "Physiotherapy", "Nurse", "Nurses",
            "Doctor", "Consultant", "Officer", "Officers", "Caseworker", "Worker", "Workers", "Manager", "Coordinator",
            "Co-ordinator", "Practitioner", "Practitioners", "Lead", "Head", "Headteacher", "Deputy", "Principal",
            "Senior", "Clinical", "Specialist", "Advisory", "Adviser", "Advisor", "Mentor", "Tutor", "Keyworker",
            "Key", "SENCo", "SENDCo", "SENCO", "SENDCO", "SEN", "SEND", "Case", "Audiologist", "Dietitian",
            "Orthoptist", "Counsellor", "Interpreter", "Clinician", "Social", "Educational", "Occupational",
            "Speech", "Language", "Communication", "Community", "School", "Schools", "Nursery", "College",
            "Academy", "Primary", "Secondary", "High", "Special", "Infant", "Junior", "Sixth", "Form", "Class",
            "Mainstream", "Maintained", "Independent", "Resourced", "Alternative",
            // organisations and documents
            "Team", "Teams", "Service", "Services", "Council", "Borough", "County", "City", "Metropolitan", "Local",
            "Authority", "NHS", "Trust", "Foundation", "Hospital", "Clinic", "Centre", "Center", "Partnership",
            "Forum", "Group", "Network", "Panel", "Board", "Unit", "Department", "Government", "Allowance", "Act",
            "Code", "Practice", "Plan", "Plans", "Section", "Sections", "Part", "Appendix", "Annex", "Outcome",
            "Outcomes", "Provision", "Need", "Health", "Care", "Education", "Placement", "Budget", "Advice",
            "Information", "Views", "Interests", "Aspirations", "Date", "Name", "Signed", "Signature", "Page",
            "Year", "Years", "Reception", "Stage", "Review", "Annual", "Assessment", "Report", "Reports", "Contact",
            "Telephone", "Phone", "Email", "Address", "Home", "Status", "Draft", "Final", "Amended", "Official",
            "Sensitive", "OFFICIAL", "SENSITIVE", "Personal", "Direct", "Payment", "Short", "Breaks", "Source",
            "Steps", "Employment", "Independent", "Living", "Inclusion", "Disabilities", "Disability", "Disabled",
            "Chronically", "Sick", "Persons", "Children's", "Tribunal", "Ofsted",
            // needs, therapies, subjects, programmes
            "Autism", "Autistic", "ADHD", "ASD", "Down", "Syndrome", "Makaton", "PECS", "Lego", "Minecraft",
            "Therapy", "Therapies", "Intensive", "Interaction", "Attention", "Zones", "Regulation", "Lexia",
            "Numicon", "Read", "Write", "Inc", "Sensory", "Physical", "Cognition", "Learning", "Emotional",
            "Mental", "Wellbeing", "Hearing", "Vision", "Visual", "Impairment", "Deaf", "Blind", "Epilepsy",
            "English", "Maths", "Mathematics", "Science", "Art", "Music", "History", "Geography", "French",
            "Spanish", "Welsh", "Polish", "Urdu", "Punjabi", "Arabic", "Somali", "Computing", "Drama", "Swimming",
            "Football", "Phonics", "Social Stories", "Comic", "Strip", "Conversations", "Elklan", "Talk", "Boost",
            "Nurture", "Forest", "Sign", "British", "BSL", "God", "Allah", "Quran", "Bible", "Church",
            "Person", "Preparing", "Adulthood", "Happy", "Safe", "Kind", "Funny"));

    private NameWords() {
    }

    static boolean isNotName(String word) {
        return NOT_NAMES.contains(word) || NOT_NAMES.contains(capitalised(word));
    }

    static boolean isTitle(String word) {
        String bare = word.endsWith(".") ? word.substring(0, word.length() - 1) : word;
        return TITLES.contains(bare);
    }

    static String capitalised(String word) {
        if (word.isEmpty()) {
            return word;
        }
        return word.substring(0, 1).toUpperCase(Locale.ROOT) + word.substring(1).toLowerCase(Locale.ROOT);
    }

    /** A name word as it would stand in running text: "AMARA" is written "Amara", "McDonald" stays. */
    static String capitalisedAsWritten(String word) {
        return word.equals(word.toUpperCase(Locale.ROOT)) ? capitalised(word) : word;
    }

    /** The words of a candidate name, or null when any of them is a word that is never a name. */
    static String[] wordsIfName(String candidate) {
        String trimmed = candidate.strip();
        if (trimmed.isEmpty()) {
            return null;
        }
        String[] words = SPLIT.split(trimmed);
        for (String w : words) {
            if (isNotName(w) || isTitle(w)) {
                return null;
            }
        }
        return words;
    }
}
