package org.ehcpqa.privacy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Schools and settings, found by the word a name ends with ("Oakfield Primary School", "St
 * Aidan's C of E Academy", "Larchwood School Sixth Form", "Ysgol Gynradd Skylark") and by the
 * names the plan states (its setting, a "Name of school" line). Kinds of setting written without
 * a name ("a Special School", "Mainstream Primary School") stay. Driven by the head words, found
 * with plain string search, so a section that names no setting costs almost nothing.
 */
final class SchoolNames {

    static final String SCHOOL = "[school]";

    /** The word a setting's name ends with; the words before it (or after "Ysgol") are its name. */
    private static final List<String> HEAD_WORDS = List.of("School", "Academy", "College", "Nursery", "Pre-school",
            "Pre-School", "Preschool", "Playgroup", "Centre", "Unit");
    /** Heads that need a kind word before them to be a setting ("Children's Centre", "Pupil Referral Unit"). */
    private static final Map<String, Set<String>> QUALIFIED_HEADS = Map.of(
            "Centre", Set.of("Children's", "Children’s", "Learning", "Resource", "Education", "Family"),
            "Unit", Set.of("Referral", "Resource", "Learning", "Assessment"));
    private static final Set<String> CONNECTORS = Set.of("and", "&", "of", "the", "upon", "on",
            "in", "under", "by", "y", "yr");
    /** Words of a setting's kind, which stand inside its name ("Fernhill Primary Special School"). */
    private static final Set<String> KIND_WORDS = Set.of("Primary", "Secondary", "Special", "High", "Infant", "Infants",
            "Junior", "Nursery", "Day", "Sixth", "Form", "Grammar", "Community", "Free", "Studio", "Church", "England",
            "Catholic", "Methodist", "CE", "RC", "C", "E", "Pupil", "Referral", "Children's", "Children’s", "Learning",
            "Resource", "Education", "Family", "Specialist");
    private static final String SIXTH_FORM = " Sixth Form";
    private static final int MOST_WORDS = 6;

    /** "Name of school or setting: Oakfield", "Placement: ...". */
    private static final Pattern NAMED_LINE = Pattern.compile("(?im)^[ \\t]*(?:name of (?:the )?(?:school|setting|"
            + "school or setting|school/setting|educational setting|placement)|school|setting|current school|"
            + "current setting|placement)[ \\t]*:[ \\t]*([^\\n,;(]{3,80}?)[ \\t]*(?:[,;(]|$)");

    /** Leading words a match can pick up that are not part of a setting's name. */
    private static final Set<String> NOT_PART = Set.of("The", "A", "An", "At", "In", "On", "To",
            "From", "Attends", "Attending", "Attended", "Her", "His", "Their", "My", "Our", "Your", "This", "That",
            "Current", "Previous", "New", "Next", "Local", "Mainstream", "Maintained", "Independent", "Specialist",
            "Special", "Community", "Secondary", "Primary", "Resourced", "Alternative", "Royal", "Year", "Reception",
            "Nursery", "Name", "School", "Setting", "Type", "Placement", "Key", "Stage", "Infant", "Junior", "High",
            "Grammar", "Free", "Studio", "Sixth", "Form", "Day", "Further", "Education", "General", "Post", "Pre",
            "Early", "Years", "Academy", "College", "All", "Each", "Every", "Any", "Both", "And", "For", "With",
            "When", "While", "Before", "After", "Since", "Until", "If", "As", "By", "Of", "Staff", "Teachers",
            "Parents", "Section", "Part", "Trust", "Council", "Borough", "County", "City", "Local Authority",
            "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
            "November", "December", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
            "Autumn", "Spring", "Summer", "Winter", "Term", "Church", "England", "Catholic", "Methodist", "CE", "RC",
            "EHCP", "SEND", "SEN", "SENCo", "NHS", "Virtual", "Hospital", "Forest", "Outdoor");

    private final List<String> stated;

    private SchoolNames(List<String> stated) {
        this.stated = stated;
    }

    /** The settings this plan names in its metadata or on a "Name of school" line. */
    static SchoolNames forPlan(String setting, String planText) {
        List<String> names = new ArrayList<>();
        if (setting != null && setting.strip().length() >= 3) {
            names.add(setting.strip());
        }
        Matcher line = NAMED_LINE.matcher(planText);
        while (line.find()) {
            String name = line.group(1).strip();
            if (name.length() >= 3 && Character.isUpperCase(name.charAt(0)) && !isOnlyKindOfSetting(name)) {
                names.add(name);
            }
        }
        names.sort(Comparator.comparingInt(String::length).reversed());
        return new SchoolNames(names.stream().distinct().toList());
    }

    String redact(String text) {
        String out = text;
        for (String name : stated) {
            out = replaceStated(out, name);
        }
        List<int[]> spans = new ArrayList<>();
        for (String head : HEAD_WORDS) {
            for (int at = out.indexOf(head); at >= 0; at = out.indexOf(head, at + head.length())) {
                int[] span = nameEndingAt(out, at, head);
                if (span != null) {
                    spans.add(span);
                }
            }
        }
        for (int at = out.indexOf("Ysgol"); at >= 0; at = out.indexOf("Ysgol", at + 5)) {
            int[] span = welshNameAt(out, at);
            if (span != null) {
                spans.add(span);
            }
        }
        return replaceSpans(out, spans);
    }

    /** The span of the setting's name that ends with the head word at {@code at}, or null. */
    private static int[] nameEndingAt(String text, int at, String head) {
        int end = at + head.length();
        if (!boundaryBefore(text, at) || !boundaryAfter(text, end)) {
            return null;
        }
        if (head.equals("School") && text.startsWith(SIXTH_FORM, end) && boundaryAfter(text, end + SIXTH_FORM.length())) {
            end += SIXTH_FORM.length();
        }
        // Walk back over the capitalised words (and connectors between them) before the head.
        List<int[]> words = new ArrayList<>();
        int pos = at;
        while (words.size() < MOST_WORDS) {
            int wordEnd = pos;
            int i = pos;
            while (i > 0 && (text.charAt(i - 1) == ' ' || text.charAt(i - 1) == '\t')) {
                i--;
            }
            if (i == wordEnd) {
                break;
            }
            wordEnd = i;
            while (i > 0 && isNameChar(text.charAt(i - 1))) {
                i--;
            }
            if (i == wordEnd) {
                break;
            }
            String word = text.substring(i, wordEnd);
            boolean capital = Character.isUpperCase(word.charAt(0));
            if (!capital && !CONNECTORS.contains(word)) {
                break;
            }
            // "Primary", "C of E" belong to a name; "Team", "Royal", "At" end it.
            if (capital && !KIND_WORDS.contains(word) && (NOT_PART.contains(word) || NOT_PART.contains(word.replace(".", "")))) {
                break;
            }
            words.add(0, new int[]{i, wordEnd});
            pos = i;
        }
        // Connectors cannot open a name; ordinary words ("At", "Mainstream", "September") are not part of it.
        int first = 0;
        while (first < words.size()) {
            String word = text.substring(words.get(first)[0], words.get(first)[1]);
            if (CONNECTORS.contains(word) || NOT_PART.contains(word) || NOT_PART.contains(word.replace(".", ""))) {
                first++;
            } else {
                break;
            }
        }
        if (first == words.size()) {
            return null;
        }
        Set<String> kinds = QUALIFIED_HEADS.get(head);
        if (kinds != null) {
            String before = text.substring(words.get(words.size() - 1)[0], words.get(words.size() - 1)[1]);
            if (!kinds.contains(before)) {
                return null;
            }
        }
        return new int[]{words.get(first)[0], end};
    }

    /** "Ysgol Gynradd Skylark": the Welsh word for school comes first, the name after it. */
    private static int[] welshNameAt(String text, int at) {
        if (!boundaryBefore(text, at) || !boundaryAfter(text, at + 5)) {
            return null;
        }
        int end = at + 5;
        int named = 0;
        int pos = end;
        while (named < 3) {
            int i = pos;
            while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
                i++;
            }
            if (i == pos) {
                break;
            }
            int wordStart = i;
            while (i < text.length() && isNameChar(text.charAt(i))) {
                i++;
            }
            if (i == wordStart) {
                break;
            }
            String word = text.substring(wordStart, i);
            if (Character.isUpperCase(word.charAt(0))) {
                named++;
            } else if (!CONNECTORS.contains(word)) {
                break;
            }
            end = Character.isUpperCase(word.charAt(0)) ? i : end;
            pos = i;
        }
        return named == 0 ? null : new int[]{at, end};
    }

    private static String replaceStated(String text, String name) {
        StringBuilder out = null;
        int copied = 0;
        int length = name.length();
        // The first character as regionMatches(ignoreCase) compares it, so most positions cost one look.
        char firstUpper = Character.toUpperCase(name.charAt(0));
        char firstLower = Character.toLowerCase(firstUpper);
        for (int i = 0; i + length <= text.length(); i++) {
            char c = text.charAt(i);
            char upper = Character.toUpperCase(c);
            if (upper != firstUpper && Character.toLowerCase(upper) != firstLower) {
                continue;
            }
            if (text.regionMatches(true, i, name, 0, length) && boundaryBefore(text, i) && boundaryAfter(text, i + length)) {
                if (out == null) {
                    out = new StringBuilder(text.length());
                }
                out.append(text, copied, i).append(SCHOOL);
                copied = i + length;
                i = copied - 1;
            }
        }
        if (out == null) {
            return text;
        }
        return out.append(text, copied, text.length()).toString();
    }

    private static String replaceSpans(String text, List<int[]> spans) {
        if (spans.isEmpty()) {
            return text;
        }
        spans.sort(Comparator.comparingInt((int[] span) -> span[0]).thenComparingInt(span -> -span[1]));
        StringBuilder out = new StringBuilder(text.length());
        int copied = 0;
        for (int[] span : spans) {
            if (span[0] < copied) {
                continue;
            }
            out.append(text, copied, span[0]).append(SCHOOL);
            copied = span[1];
        }
        return out.append(text, copied, text.length()).toString();
    }

    private static boolean isNameChar(char c) {
        return Character.isLetterOrDigit(c) || c == '\'' || c == '’' || c == '.' || c == '-' || c == '&'
                || Character.getType(c) == Character.NON_SPACING_MARK;
    }

    private static boolean boundaryBefore(String text, int at) {
        return at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1));
    }

    private static boolean boundaryAfter(String text, int end) {
        return end >= text.length() || !Character.isLetterOrDigit(text.charAt(end));
    }

    private static boolean isOnlyKindOfSetting(String name) {
        for (String word : name.split("[ \\t]+")) {
            if (!NOT_PART.contains(word) && !word.equals(word.toLowerCase(Locale.ROOT))) {
                return false;
            }
        }
        return true;
    }
}
