package org.ehcpqa.privacy;

import io.micronaut.core.annotation.Nullable;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds people named in plan text from the words around their names: a role ("his brother Leo",
 * "Mum (Grace Okafor)", "Helen Price, Educational Psychologist"), a title ("Dr Price"), a labelled
 * line ("Signed: ..."), or the child's own naming ("My name is ...", "known as Izzy").
 *
 * <p>It walks the runs of capitalised words once and looks only at the words either side of each,
 * so its cost grows with the text, not with the number of roles it knows (it runs at index time
 * for every plan).
 */
final class PersonMentions {

    enum Kind { CHILD, FAMILY, OTHER }

    /**
     * @param title  the title written before the name ("Mrs"), or null
     * @param gender 'F' or 'M' when the role or title says ("mother", "Mr"), else 0
     * @param start  where the name starts in the text, to number people in reading order
     */
    record Mention(String name, Kind kind, @Nullable String title, char gender, int start) {
    }

    private static final Set<String> FAMILY_ROLES = Set.of("mum", "mummy", "mam", "mom", "mother", "dad", "daddy",
            "father", "parent", "parents", "brother", "brothers", "sister", "sisters", "sibling", "siblings",
            "grandmother", "grandfather", "grandma", "grandad", "granddad", "grandpa", "grandparent", "grandparents",
            "nan", "nana", "nanna", "gran", "granny", "aunt", "auntie", "aunty", "uncle", "cousin", "carer", "carers",
            "guardian", "stepmum", "stepdad", "stepmother", "stepfather", "son", "daughter", "half-brother",
            "half-sister", "step-brother", "step-sister", "stepbrother", "stepsister", "twin");
    private static final Set<String> OTHER_ROLES = Set.of("friend", "friends", "neighbour", "childminder", "babysitter");
    /** The last word of a professional's role: "... Psychologist", "... Therapist", "SENCo". */
    private static final Set<String> PROFESSIONAL_ROLES = Set.of("psychologist", "therapist", "physiotherapist",
            "paediatrician", "psychiatrist", "consultant", "doctor", "gp", "nurse", "visitor", "worker", "keyworker",
            "teacher", "assistant", "senco", "sendco", "headteacher", "officer", "caseworker", "manager",
            "coordinator", "co-ordinator", "practitioner", "audiologist", "dietitian", "orthoptist", "counsellor",
            "mentor", "tutor", "interpreter", "adviser", "advisor", "specialist", "clinician", "principal",
            "director", "ep", "salt", "ot", "pt");
    private static final Set<String> LABELS = Set.of("name", "signed", "signature", "by", "author", "contact",
            "keyworker", "worker", "officer", "caseworker", "professional", "carer", "parent", "parents", "present",
            "attendees", "interpreter", "chair", "mother", "father");
    private static final Set<String> LINKING_VERBS = Set.of("is", "was", "called", "named");
    private static final Set<String> PARTICLES = Set.of("bin", "binti", "bint", "al", "el", "de", "da", "di", "du",
            "van", "von", "der", "den", "le", "la", "ap", "ab", "ibn");

    private static final Pattern NOT_LETTERS = Pattern.compile("[^\\p{L}-]+");
    private static final Pattern FEMALE = Pattern.compile("mum|mother|mam|mom|grandma|nan|gran|aunt|sister|daughter");
    private static final Pattern MALE = Pattern.compile("dad|father|grandad|grandpa|uncle|brother|son$");

    private static final String FAMILY_ROLE = "(?:(?:little|big|older|younger|baby|twin|half|step|foster|elder)[ -]?)?"
            + "(?:mum|mummy|mam|mom|mother|dad|daddy|father|parent|brother|sister|sibling|grandmother|grandfather|"
            + "grandma|grandad|granddad|grandpa|grandparent|nan|nana|nanna|gran|granny|aunt|auntie|aunty|uncle|cousin|"
            + "carer|guardian|special guardian|stepmum|stepdad|stepmother|stepfather|son|daughter)s?";
    private static final String OTHER_ROLE = "(?:best friend|friend|neighbour|childminder|babysitter)s?";
    private static final String PROFESSIONAL_ROLE = ("(?:(?:senior|principal|specialist|advisory|clinical|community|"
            + "assistant|trainee|lead|deputy|named|paediatric|school|class|key|independent|consultant)\\s+)*"
            + "(?:educational psychologist|psychologist|speech and language therapist|speech & language therapist|"
            + "occupational therapist|physiotherapist|therapist|paediatrician|psychiatrist|consultant|doctor|gp|"
            + "nurse|health visitor|social worker|family support worker|support worker|key\\s*worker|"
            + "teacher of the deaf|teacher|teaching assistant|learning support assistant|senco|sendco|"
            + "head\\s*teacher|head of [a-z]+|send case officer|case officer|case\\s*worker|send officer|officer|"
            + "manager|co-?ordinator|practitioner|audiologist|dietitian|orthoptist|counsellor|mentor|tutor|"
            + "interpreter|advis[oe]r|specialist|clinician|lead professional|portage worker|inclusion lead|"
            + "principal|director|ep|salt|ot|pt)")
            // A role can wrap onto the next line ("Speech and Language\nTherapist").
            .replace(" ", "\\s+");
    /** After a name and "(", "," or a dash: "Grace Okafor (Mother)", "Helen Price, Educational Psychologist". */
    private static final Pattern ROLE_AFTER = Pattern.compile(
            "(?:(?i:his|her|their|the child's|the young person's)\\s+|\\p{Lu}[\\p{L}\\p{M}]+['’]s\\s+)?"
                    + "(?i:(" + FAMILY_ROLE + ")|(" + OTHER_ROLE + ")|" + PROFESSIONAL_ROLE + ")(?![\\p{L}\\p{M}])");
    private static final Pattern SEPARATOR_AFTER = Pattern.compile("[ \\t]*\\(\\s*|[ \\t]*,\\s*|[ \\t]+[–-]\\s+");
    /** The label before a colon that names the child: "Name of child or young person:", "Child's name:". */
    private static final Pattern CHILD_LABEL = Pattern.compile(
            "(?i)(?:child or young person|name of (?:the )?child|child's name|young person's name|"
                    + "name of (?:the )?young person)\\s*$");

    private PersonMentions() {
    }

    /** Every mention in the text, in reading order. */
    static List<Mention> find(String text) {
        NameReplacer.Tokens tokens = NameReplacer.Tokens.of(text);
        List<Mention> mentions = new ArrayList<>();
        int n = tokens.count();
        int i = 0;
        while (i < n) {
            if (!nameLike(text, tokens, i)) {
                i++;
                continue;
            }
            int end = runEnd(text, tokens, i);
            Mention m = mention(text, tokens, i, end);
            if (m != null) {
                mentions.add(m);
            }
            i = end + 1;
        }
        return mentions;
    }

    /** The last token of the run of name words starting at {@code first}. */
    private static int runEnd(String text, NameReplacer.Tokens tokens, int first) {
        int last = first;
        int n = tokens.count();
        while (last + 1 < n) {
            if (!sameLine(text, tokens.end(last), tokens.start(last + 1), NameWords.isTitle(tokens.word(text, last)))) {
                break;
            }
            if (nameLike(text, tokens, last + 1)) {
                last++;
            } else if (last + 2 < n && PARTICLES.contains(tokens.word(text, last + 1))
                    && sameLine(text, tokens.end(last + 1), tokens.start(last + 2), false) && nameLike(text, tokens, last + 2)) {
                last += 2;
            } else {
                break;
            }
        }
        return last;
    }

    /**
     * Only white space between two words (and the dot of a title: "Dr. Price"), with at most one line
     * break: extracted PDF and table text wraps anywhere, a blank line ends a name.
     */
    private static boolean sameLine(String text, int from, int to, boolean afterTitle) {
        int i = from;
        if (afterTitle && i < to && text.charAt(i) == '.') {
            i++;
        }
        if (i >= to) {
            return false;
        }
        int breaks = 0;
        for (; i < to; i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                breaks++;
            } else if (c != ' ' && c != '\t' && c != '\u00A0' && c != '\r') {
                return false;
            }
        }
        return breaks <= 1;
    }

    @Nullable
    private static Mention mention(String text, NameReplacer.Tokens tokens, int first, int last) {
        // Leading role words and titles inside the run ("Mum Grace Okafor", "Dr Hannah Price").
        Kind kind = null;
        char gender = 0;
        String title = null;
        int from = first;
        while (from <= last) {
            String word = tokens.word(text, from);
            String lower = word.toLowerCase(Locale.ROOT);
            if (NameWords.isTitle(word)) {
                title = word.endsWith(".") ? word.substring(0, word.length() - 1) : word;
                gender = gender(lower);
            } else if (FAMILY_ROLES.contains(lower)) {
                kind = Kind.FAMILY;
                gender = gender(lower);
            } else if (OTHER_ROLES.contains(lower) || PROFESSIONAL_ROLES.contains(lower)) {
                kind = kind == null ? Kind.OTHER : kind;
            } else if (!NameWords.isNotName(word)) {
                break;
            }
            from++;
        }
        if (from > last) {
            return null;
        }
        Kind before = before(text, tokens, first);
        Kind after = after(text, tokens, last);
        if (before == Kind.CHILD) {
            kind = Kind.CHILD;
        } else if (before == Kind.FAMILY || after == Kind.FAMILY) {
            kind = Kind.FAMILY;
            if (gender == 0) {
                gender = roleGender(text, tokens, first, last);
            }
        } else if (kind == null && (before != null || after != null || title != null)) {
            kind = Kind.OTHER;
        }
        if (kind == null) {
            return null;
        }
        int to = last;
        String lastWord = withoutPossessive(tokens.word(text, to));
        while (to >= from && NameWords.isNotName(lastWord)) {
            to--;
            lastWord = to >= from ? withoutPossessive(tokens.word(text, to)) : "";
        }
        if (to < from) {
            return null;
        }
        StringBuilder name = new StringBuilder();
        for (int k = from; k <= to; k++) {
            String word = k == to ? lastWord : tokens.word(text, k);
            if (NameWords.isNotName(word) && !PARTICLES.contains(word)) {
                return null;
            }
            name.append(name.isEmpty() ? "" : " ").append(word);
        }
        if (to - from >= 4 || name.length() < 2) {
            return null;
        }
        if (kind == Kind.CHILD && isNicknameCue(text, tokens, first)) {
            // "known as Izzy Smith" is not sure to be a surname; the nickname is the first word.
            name.setLength(0);
            name.append(withoutPossessive(tokens.word(text, from)));
        }
        return new Mention(name.toString(), kind, title, gender, tokens.start(from));
    }

    /** What the words just before a run say about it: a role, a label, the child's own naming. */
    @Nullable
    private static Kind before(String text, NameReplacer.Tokens tokens, int first) {
        if (first == 0) {
            return null;
        }
        String gap = text.substring(tokens.end(first - 1), tokens.start(first));
        String previous = tokens.word(text, first - 1).toLowerCase(Locale.ROOT);
        if (gap.indexOf('\n') != gap.lastIndexOf('\n')) {
            return null;
        }
        String mark = gap.strip();
        if (isChildCue(text, tokens, first, mark)) {
            return Kind.CHILD;
        }
        boolean colon = mark.equals(":") || mark.equals("–") || mark.equals(":–") || mark.equals("-");
        if (colon && (previous.equals("person") || previous.equals("name"))) {
            String label = text.substring(Math.max(0, tokens.end(first - 1) - 40), tokens.end(first - 1));
            if (CHILD_LABEL.matcher(label).find()) {
                return Kind.CHILD;
            }
        }
        if (colon && (previous.equals("name") || previous.equals("names"))
                && namesFamily(text, tokens.end(first - 1))) {
            return Kind.FAMILY;
        }
        boolean joined = mark.isEmpty() || mark.equals(",") || mark.equals("(") || colon;
        if (joined && FAMILY_ROLES.contains(previous)) {
            return Kind.FAMILY;
        }
        if (joined && (OTHER_ROLES.contains(previous) || PROFESSIONAL_ROLES.contains(previous))) {
            return Kind.OTHER;
        }
        if (colon && LABELS.contains(previous)) {
            return Kind.OTHER;
        }
        if (mark.isEmpty() && LINKING_VERBS.contains(previous) && first >= 2
                && sameLine(text, tokens.end(first - 2), tokens.start(first - 1), false)) {
            String role = tokens.word(text, first - 2).toLowerCase(Locale.ROOT);
            if (FAMILY_ROLES.contains(role)) {
                return Kind.FAMILY;
            }
            if (OTHER_ROLES.contains(role) || PROFESSIONAL_ROLES.contains(role)) {
                return Kind.OTHER;
            }
        }
        return null;
    }

    /**
     * Whether the label line ending at {@code end} ("Mother's name", "Parent/carer's name") names a
     * family role: the person after its colon is family, called by first name elsewhere in the plan.
     */
    private static boolean namesFamily(String text, int end) {
        int from = Math.max(0, end - 40);
        int lineStart = text.lastIndexOf('\n', end - 1);
        if (lineStart >= from) {
            from = lineStart + 1;
        }
        for (String word : NOT_LETTERS.split(text.substring(from, end).toLowerCase(Locale.ROOT))) {
            if (FAMILY_ROLES.contains(word)) {
                return true;
            }
        }
        return false;
    }

    /** "(mother)", ", Educational Psychologist", " – his brother" after a run. */
    @Nullable
    private static Kind after(String text, NameReplacer.Tokens tokens, int last) {
        int at = tokens.end(last);
        Matcher separator = SEPARATOR_AFTER.matcher(text).region(at, Math.min(text.length(), at + 8));
        if (!separator.lookingAt()) {
            return null;
        }
        Matcher role = ROLE_AFTER.matcher(text).region(separator.end(), Math.min(text.length(), separator.end() + 80));
        if (!role.lookingAt()) {
            return null;
        }
        return role.group(1) != null ? Kind.FAMILY : Kind.OTHER;
    }

    private static boolean isChildCue(String text, NameReplacer.Tokens tokens, int first, String mark) {
        boolean plain = mark.isEmpty() || mark.equals(":") || mark.equals("\"") || mark.equals("“")
                || mark.equals("‘") || mark.equals("'") || mark.equals(": \"");
        if (!plain) {
            return false;
        }
        String w1 = lowerWord(text, tokens, first - 1);
        String w2 = lowerWord(text, tokens, first - 2);
        String w3 = lowerWord(text, tokens, first - 3);
        return (w1.equals("is") && w2.equals("name") && w3.equals("my")) || (w1.equals("name's") && w2.equals("my"))
                || (w1.equals("called") && (w2.equals("am") || w2.equals("i'm")))
                || isNicknameCue(text, tokens, first)
                || (w1.equals("is") && w2.equals("name") && w3.equals("preferred"));
    }

    private static boolean isNicknameCue(String text, NameReplacer.Tokens tokens, int first) {
        String w1 = lowerWord(text, tokens, first - 1);
        String w2 = lowerWord(text, tokens, first - 2);
        return (w1.equals("as") && w2.equals("known")) || (w1.equals("called") && w2.equals("be"))
                || (w1.equals("me") && w2.equals("call")) || (w1.equals("by") && w2.equals("goes"))
                || (w1.equals("nickname")) || (w1.equals("is") && w2.equals("nickname"))
                || (w1.equals("name") && w2.equals("preferred"))
                || ((w1.equals("himself") || w1.equals("herself") || w1.equals("themself")) && w2.equals("calls"));
    }

    private static String lowerWord(String text, NameReplacer.Tokens tokens, int i) {
        return i < 0 ? "" : tokens.word(text, i).toLowerCase(Locale.ROOT);
    }

    /** The gender a family role near the run gives ("his mother, Grace"; "Grace (mother)"). */
    private static char roleGender(String text, NameReplacer.Tokens tokens, int first, int last) {
        char g = first > 0 ? gender(lowerWord(text, tokens, first - 1)) : 0;
        if (g != 0) {
            return g;
        }
        int at = tokens.end(last);
        Matcher separator = SEPARATOR_AFTER.matcher(text).region(at, Math.min(text.length(), at + 8));
        if (separator.lookingAt()) {
            Matcher role = ROLE_AFTER.matcher(text).region(separator.end(), Math.min(text.length(), separator.end() + 80));
            if (role.lookingAt() && role.group(1) != null) {
                return gender(role.group(1).toLowerCase(Locale.ROOT));
            }
        }
        return 0;
    }

    private static char gender(String lower) {
        if (lower.equals("mrs") || lower.equals("ms") || lower.equals("miss") || FEMALE.matcher(lower).find()) {
            return 'F';
        }
        if (lower.equals("mr") || lower.equals("master") || MALE.matcher(lower).find()) {
            return 'M';
        }
        return 0;
    }

    /** A word that can stand in a name: capitalised with lower case after ("Amara", "O'Neill"), or uncased script. */
    private static boolean nameLike(String text, NameReplacer.Tokens tokens, int i) {
        int s = tokens.start(i);
        int e = tokens.end(i);
        char c = text.charAt(s);
        if (Character.UnicodeScript.of(c) == Character.UnicodeScript.ARABIC) {
            return true;
        }
        if (!Character.isUpperCase(c)) {
            return false;
        }
        for (int k = s + 1; k < e; k++) {
            if (Character.isLowerCase(text.charAt(k))) {
                return true;
            }
        }
        return false;
    }

    private static String withoutPossessive(String word) {
        if (word.length() > 2 && (word.endsWith("'s") || word.endsWith("’s"))) {
            return word.substring(0, word.length() - 2);
        }
        return word;
    }
}
