package org.ehcpqa.scoring.checks;

import org.ehcpqa.scoring.PlanForScoring;
import org.ehcpqa.scoring.lexicon.Lexicon;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds a first name standing where the child's should, as in a plan copied from another child's:
 * a capitalised word used as the subject of what a child does ("Oliver will read", "Oliver's
 * anxiety") that is never written in lower case in the plan (so is not an ordinary word), is not
 * part of the child's name or a nickname of it, has no title or surname (professionals and family
 * are named in full), is not part of a longer name anywhere in the plan ("Brookfield Primary
 * School"), and has no role word near it ("Sarah, his teaching assistant, will").
 */
final class OtherNames {

    private static final Pattern SUBJECT = Pattern.compile("\\b([A-Z][a-z]{2,})(?:(?:\\s+(?:often|usually|sometimes|"
            + "always|also|still|rarely|never|frequently|then|now))?\\s+(?:will|is|has|can|finds|likes|"
            + "enjoys|loves|needs|struggles|wants|was|becomes|requires|responds|prefers|attends|benefits|"
            + "communicates|presents|shows|understands|uses|would|may|should|could|says|relies|watches|manages|"
            + "works|asks|sits|loses|writes|reads|follows|tries|feels|gets|talks|plays|knows|wears|avoids|"
            + "refuses|seeks|copies|hides|leaves|runs|cries|becomes)\\b|['’]s\\s+[a-z])"
            // The child as the object of what adults do: "to meet Kacper at the start of each day".
            + "|\\b(?:meet|support|help|helps|give|teach|prepare|remind|encourage|enable|allow|pair|seat|collect|"
            + "greet|prompt|praise|check\\s+on)\\s+([A-Z][a-z]{2,})\\b(?!\\s+[A-Z])");
    private static final Pattern SOMEONE_ELSE = Pattern.compile(
            "(?i)\\b(?:friends?|brother|sister|cousin|called|named|classmate|neighbour)\\s+(?:is\\s+)?$");
    // Word characters as \\b sees them, so tokens match what "\\bword\\b" would find.
    private static final Pattern TITLE = Pattern.compile("(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Professor|Dame|Sir)\\.?\\s+$");
    private static final Set<String> COMMON = Set.of("The", "This", "That", "These", "Those", "There", "Their", "They",
            "She", "Her", "His", "Him", "Its", "Our", "Your", "You", "Who", "What", "When", "Where", "Which", "How", "Why",
            "All", "Any", "Each", "Every", "Some", "One", "Staff", "School", "Mum", "Mummy", "Dad", "Daddy", "Nan", "Nana",
            "Gran", "Granny", "Grandma", "Grandad", "Grandpa", "Mother", "Father", "Parents", "Parent", "Carer", "Carers",
            "Teachers", "Teacher", "Adults", "Adult", "Everyone", "Nobody", "English", "Maths", "Science", "Music", "Art",
            "French", "Spanish", "History", "Geography", "Computing", "Monday", "Tuesday", "Wednesday", "Thursday",
            "Friday", "Saturday", "Sunday", "January", "February", "March", "April", "May", "June", "July", "August",
            "September", "October", "November", "December", "Year", "Key", "Stage", "Section", "Outcome", "Provision",
            "Support", "Health", "Social", "Care", "Speech", "Language", "Therapy", "Council", "Autism", "Makaton",
            "Christmas", "Easter", "Reception", "Nursery", "College", "Academy", "God", "Lego", "Minecraft", "Pokemon",
            "Brother", "Sister", "Uncle", "Aunt", "Auntie", "Team", "Home", "Class", "Group", "Plan", "Service");

    record Hit(String name, int start, int end) {
    }

    private OtherNames() {
    }

    /** The plan's words, read once per plan: which appear in lower case, which start a longer name. */
    private record Vocabulary(Set<String> tokens, Set<String> beforeCapitalised) {

        static Vocabulary of(String planText) {
            Set<String> tokens = new java.util.HashSet<>();
            Set<String> before = new java.util.HashSet<>();
            int length = planText.length();
            int at = 0;
            while (at < length) {
                if (!isTokenCharacter(planText.charAt(at))) {
                    at++;
                    continue;
                }
                int start = at;
                while (at < length && isTokenCharacter(planText.charAt(at))) {
                    at++;
                }
                String word = planText.substring(start, at);
                tokens.add(word);
                int i = at;
                int spaces = i;
                while (i < length && (planText.charAt(i) == ' ' || planText.charAt(i) == '\t')) {
                    i++;
                }
                if (i > spaces && i + 1 < length && Character.isUpperCase(planText.charAt(i))
                        && planText.charAt(i) <= 'Z' && planText.charAt(i + 1) >= 'a' && planText.charAt(i + 1) <= 'z') {
                    before.add(word);
                }
            }
            return new Vocabulary(tokens, before);
        }
    }

    /** What the regex {@code \\w} matches: ASCII letters, digits and the underscore. */
    private static boolean isTokenCharacter(char c) {
        return c < 128 && (Character.isLetterOrDigit(c) || c == '_');
    }

    private enum VocabularyKey {
        KEY
    }

    static List<Hit> find(String text, PlanForScoring plan, Set<String> childNames, Lexicon roles) {
        Vocabulary vocabulary = plan.remember(VocabularyKey.KEY, key -> Vocabulary.of(plan.allText()));
        List<Hit> hits = new ArrayList<>();
        Matcher matcher = SUBJECT.matcher(text);
        while (matcher.find()) {
            int group = matcher.group(1) != null ? 1 : 2;
            String word = matcher.group(group);
            int start = matcher.start(group);
            int end = matcher.end(group);
            if (COMMON.contains(word) || isChildName(word, childNames) || hasTitle(text, start)
                    || introducedAsSomeoneElse(text, start)
                    || precededByForename(text, start)
                    || followedBySurname(text, end) || vocabulary.tokens().contains(word.toLowerCase(Locale.ROOT))
                    || vocabulary.beforeCapitalised().contains(word)
                    || roleNearby(text, start, end, roles)) {
                continue;
            }
            hits.add(new Hit(word, start, end));
        }
        return hits;
    }

    private static boolean isChildName(String word, Set<String> childNames) {
        String lower = word.toLowerCase(Locale.ROOT);
        for (String name : childNames) {
            if (name.equals(lower) || (lower.length() >= 3 && name.startsWith(lower))
                    || (name.length() >= 3 && lower.startsWith(name))) {
                return true;
            }
        }
        return false;
    }

    /** "my friend Keisha says": a name the plan itself says belongs to someone else. */
    private static boolean introducedAsSomeoneElse(String text, int start) {
        return SOMEONE_ELSE.matcher(text.substring(Math.max(0, start - 25), start)).find();
    }

    private static boolean hasTitle(String text, int start) {
        return TITLE.matcher(text.substring(Math.max(0, start - 12), start)).find();
    }

    /** "Lena Marsh will": a surname after a forename is an adult named in full. */
    private static boolean precededByForename(String text, int start) {
        return start >= 2 && text.charAt(start - 1) == ' ' && Character.isLetter(text.charAt(start - 2))
                && Character.isUpperCase(text.charAt(wordStart(text, start - 1)));
    }

    private static int wordStart(String text, int end) {
        int i = end;
        while (i > 0 && Character.isLetter(text.charAt(i - 1))) {
            i--;
        }
        return i;
    }

    private static boolean followedBySurname(String text, int end) {
        return end + 2 < text.length() && text.charAt(end) == ' ' && Character.isUpperCase(text.charAt(end + 1));
    }

    private static boolean roleNearby(String text, int start, int end, Lexicon roles) {
        return roles.containsAny(text.substring(Math.max(0, start - 40), Math.min(text.length(), end + 40)));
    }
}
