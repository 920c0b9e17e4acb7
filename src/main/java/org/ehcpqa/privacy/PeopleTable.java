package org.ehcpqa.privacy;

import io.micronaut.core.annotation.Nullable;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The people of one plan and the placeholder each gets: the child is "Child A" under every name
 * they go by (full name, first name, surname, nickname); everyone else is "Person B", "Person C"...
 * in reading order, the same person under the same placeholder wherever they appear ("Grace
 * Okafor", "Grace", "Mrs Okafor").
 */
final class PeopleTable {

    static final String CHILD = "Child A";

    private static final Set<String> CALENDAR = Set.of("january", "february", "march", "april", "may", "june",
            "july", "august", "september", "october", "november", "december", "monday", "tuesday", "wednesday",
            "thursday", "friday", "saturday", "sunday");

    /** One person and every way the plan names them. */
    private static final class Person {
        final List<String> fullNames = new ArrayList<>();
        final List<String> singleNames = new ArrayList<>();
        final List<String> titledNames = new ArrayList<>();
        char gender;
        int firstSeen;
        /** Named as family somewhere: plans call parents and siblings by their first name alone. */
        boolean family;

        Person(char gender, int firstSeen) {
            this.gender = gender;
            this.firstSeen = firstSeen;
        }

        void seen(PersonMentions.Mention m) {
            if (gender == 0) {
                gender = m.gender();
            }
            firstSeen = Math.min(firstSeen, m.start());
            family |= m.kind() == PersonMentions.Kind.FAMILY;
        }

        boolean compatible(char g) {
            return g == 0 || gender == 0 || g == gender;
        }

        String firstWord() {
            return fullNames.isEmpty() ? null : NameReplacer.key(fullNames.get(0)).split(" ")[0];
        }

        String lastWord() {
            if (fullNames.isEmpty()) {
                return null;
            }
            String[] words = NameReplacer.key(fullNames.get(0)).split(" ");
            return words[words.length - 1];
        }
    }

    private final Map<String, NameReplacer.Entry> entries = new HashMap<>();
    /** The plan's text, to tell ordinary words (also written in lower case) from names. */
    private final String planText;
    private final Set<String> childWords = new HashSet<>();

    private PeopleTable(String planText) {
        this.planText = planText;
    }

    /** The table for a plan: its metadata's child name and every person the text names. */
    static NameReplacer build(@Nullable String childName, String planText) {
        return build(childName, planText, PersonMentions.find(planText));
    }

    /** The table from mentions already found (in reading order; later ones are numbered later). */
    static NameReplacer build(@Nullable String childName, String planText, List<PersonMentions.Mention> mentions) {
        PeopleTable table = new PeopleTable(planText);
        if (childName != null && !childName.isBlank()) {
            table.addChild(childName);
        }
        for (PersonMentions.Mention m : mentions) {
            if (m.kind() == PersonMentions.Kind.CHILD) {
                table.addChild(m.name());
            }
        }
        table.addPeople(mentions);
        return new NameReplacer(table.entries);
    }

    private void addChild(String name) {
        String[] words = NameWords.SPLIT.split(name.strip());
        entries.putIfAbsent(NameReplacer.key(name), new NameReplacer.Entry(name.strip(), CHILD, words.length));
        for (String word : words) {
            String lower = word.toLowerCase(Locale.ROOT);
            if (word.length() >= 2 && !CALENDAR.contains(lower) && Character.isLetter(word.charAt(0))
                    && !Character.isLowerCase(word.charAt(0))) {
                childWords.add(lower);
                entries.putIfAbsent(lower, new NameReplacer.Entry(NameWords.capitalisedAsWritten(word), CHILD, 1));
            }
        }
    }

    private void addPeople(List<PersonMentions.Mention> mentions) {
        Map<String, Person> byFullName = new HashMap<>();
        List<Person> people = new ArrayList<>();
        // People named in full first, so "Grace" alone or "Mrs Okafor" can join them whatever the order.
        for (PersonMentions.Mention m : mentions) {
            if (m.kind() == PersonMentions.Kind.CHILD || !m.name().contains(" ")) {
                continue;
            }
            String key = NameReplacer.key(m.name());
            if (entries.containsKey(key) || allChildWords(key.split(" "))) {
                continue;
            }
            Person person = byFullName.get(key);
            if (person == null) {
                person = new Person(m.gender(), m.start());
                person.fullNames.add(m.name());
                byFullName.put(key, person);
                people.add(person);
            }
            person.seen(m);
        }
        // Someone named by one word, with a title or without ("Mrs Hughes", "grandmother, Hughes").
        Map<String, List<Person>> bySingleName = new HashMap<>();
        for (PersonMentions.Mention m : mentions) {
            if (m.kind() == PersonMentions.Kind.CHILD || m.name().contains(" ")) {
                continue;
            }
            String word = m.name().toLowerCase(Locale.ROOT);
            boolean titled = m.title() != null;
            if (!titled && childWords.contains(word)) {
                continue;
            }
            Person owner = onlyOne(people, p -> !p.fullNames.isEmpty() && p.compatible(m.gender())
                    && word.equals(titled ? p.lastWord() : p.firstWord()));
            if (owner == null) {
                owner = bySingleName.getOrDefault(word, List.of()).stream()
                        .filter(p -> p.compatible(m.gender())).findFirst().orElse(null);
            }
            if (owner == null) {
                owner = new Person(m.gender(), m.start());
                people.add(owner);
                bySingleName.computeIfAbsent(word, w -> new ArrayList<>()).add(owner);
            }
            if (titled) {
                owner.titledNames.add(m.title() + " " + m.name());
            } else {
                owner.singleNames.add(m.name());
            }
            owner.seen(m);
        }
        people.sort(Comparator.comparingInt(p -> p.firstSeen));
        List<String> placeholders = new ArrayList<>();
        for (int i = 0; i < people.size(); i++) {
            placeholders.add(placeholder(i));
        }
        // Full names before single words, so a shared surname stays with the first owner only.
        for (int i = 0; i < people.size(); i++) {
            Person p = people.get(i);
            for (String name : p.fullNames) {
                entries.putIfAbsent(NameReplacer.key(name), new NameReplacer.Entry(name, placeholders.get(i),
                        NameWords.SPLIT.split(name).length));
            }
            for (String name : p.titledNames) {
                entries.putIfAbsent(NameReplacer.key(name), new NameReplacer.Entry(name, placeholders.get(i), 2));
            }
            for (String name : p.singleNames) {
                // Named alone ("Mum Rose"), so a name here even if the plan also uses the word ("rose
                // early"): it is matched only as written, capitalised.
                entries.putIfAbsent(NameReplacer.key(name), new NameReplacer.Entry(
                        NameWords.capitalisedAsWritten(name), placeholders.get(i), 1));
            }
        }
        // Family first: a first name shared with a professional ("Helen" the mother, "Dr Helen Ellison")
        // is the family's when it stands alone, as plans call parents by first name and professionals not.
        for (boolean family : new boolean[]{true, false}) {
            for (int i = 0; i < people.size(); i++) {
                Person p = people.get(i);
                if (p.family != family) {
                    continue;
                }
                for (String name : p.fullNames) {
                    String[] written = NameWords.SPLIT.split(name.strip());
                    // A family member's first name is theirs even if the plan also uses the word ("with
                    // grace"): "Grace can be contacted on ..." is how plans write it. Matched capitalised only.
                    putWord(written[0], placeholders.get(i), family);
                    putWord(written[written.length - 1], placeholders.get(i), false);
                }
            }
        }
    }

    @Nullable
    private static Person onlyOne(List<Person> people, java.util.function.Predicate<Person> test) {
        Person found = null;
        for (Person p : people) {
            if (test.test(p)) {
                if (found != null) {
                    return null;
                }
                found = p;
            }
        }
        return found;
    }

    private boolean allChildWords(String[] words) {
        for (String w : words) {
            if (!childWords.contains(w)) {
                return false;
            }
        }
        return true;
    }

    /**
     * One word of a person's name on its own, unless it is an ordinary word or already someone's.
     * {@code evenIfAlsoAWord}: keep it although the plan writes the word in lower case too.
     */
    private void putWord(String word, String placeholder, boolean evenIfAlsoAWord) {
        String lower = word.toLowerCase(Locale.ROOT);
        if (word.length() < 2 || NameWords.isNotName(word) || CALENDAR.contains(lower) || entries.containsKey(lower)
                || (!evenIfAlsoAWord && writtenInLowerCase(lower))) {
            return;
        }
        entries.put(lower, new NameReplacer.Entry(NameWords.capitalisedAsWritten(word), placeholder, 1));
    }

    /** B..Z, then BA, BB...: the child has A. */
    private static String placeholder(int index) {
        StringBuilder letters = new StringBuilder();
        int n = index + 1;
        do {
            letters.insert(0, (char) ('A' + n % 26));
            n = n / 26;
        } while (n > 0);
        return "Person " + letters;
    }

    /**
     * Whether the plan writes this word in lower case as a whole word of prose ("rose early"): an
     * ordinary word then. Not inside an e-mail or web address: "grace.okafor12@example.org" is
     * written in lower case because addresses are, and says nothing about "Grace".
     */
    private boolean writtenInLowerCase(String lower) {
        int from = 0;
        while (true) {
            int at = planText.indexOf(lower, from);
            if (at < 0) {
                return false;
            }
            int end = at + lower.length();
            if ((at == 0 || !Character.isLetterOrDigit(planText.charAt(at - 1)) && !joinsAddress(planText.charAt(at - 1)))
                    && (end == planText.length() || !Character.isLetterOrDigit(planText.charAt(end))
                    && !(joinsAddress(planText.charAt(end)) && end + 1 < planText.length()
                    && Character.isLetterOrDigit(planText.charAt(end + 1))))) {
                return true;
            }
            from = at + 1;
        }
    }

    /** Characters that join the parts of an e-mail or web address ("grace.okafor@", "/grace_o"). */
    private static boolean joinsAddress(char c) {
        return c == '.' || c == '@' || c == '_' || c == '/' || c == '+' || c == '%' || c == '=';
    }
}
