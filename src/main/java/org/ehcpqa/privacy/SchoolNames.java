package org.ehcpqa.privacy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Schools and settings, found by the word a name ends with ("Oakfield Primary School", "St
 * Aidan's C of E Academy", "Larchwood School Sixth Form", "Ysgol Gynradd Skylark") and by the
 * names the plan states (its setting, a "Name of school" line). Kinds of setting written without
 * a name ("a Special School", "Mainstream Primary School") stay.
 */
final class SchoolNames {

    static final String SCHOOL = "[school]";

    private static final String SUFFIX = "(?:Primary Special School|Primary School|Primary Academy|Infant School|"
            + "Infants School|Junior School|Junior Academy|Infant and Nursery School|Junior and Infant School|"
            + "High School|Secondary School|Grammar School|Special School|Community School|Free School|Studio School|"
            + "Nursery School|Day Nursery|Nursery|Pre-school|Pre-School|Preschool|Playgroup|Children's Centre|"
            + "Sixth Form College|Specialist College|College|Academy|School Sixth Form|School|Pupil Referral Unit|"
            + "Learning Centre|Learning Trust)";
    private static final String PART = "(?:St\\.?|Saint|\\p{Lu}[\\p{L}\\p{M}'’.-]*)";
    private static final Pattern PATTERN = Pattern.compile("(?<![\\p{L}\\p{M}])(?:"
            + "(?:" + PART + "[ \\t]+(?:(?:and|&|of|the|upon|on|in|under|by)[ \\t]+)?){1,5}"
            + "(?:(?:C of E|CofE|CE|RC|Catholic|Church of England|Methodist)[ \\t]+)?" + SUFFIX
            + "|Ysgol(?:[ \\t]+(?:Gynradd|Uwchradd|Arbennig|Feithrin|y|yr))*(?:[ \\t]+" + PART + "){1,3}"
            + ")(?![\\p{L}\\p{M}])");
    /** "Name of school or setting: Oakfield", "Placement: ...". */
    private static final Pattern NAMED_LINE = Pattern.compile("(?im)^[ \\t]*(?:name of (?:the )?(?:school|setting|"
            + "school or setting|school/setting|educational setting|placement)|school|setting|current school|"
            + "current setting|placement)[ \\t]*:[ \\t]*([^\\n,;(]{3,80}?)[ \\t]*(?:[,;(]|$)");

    /** Leading words a match can pick up that are not part of a setting's name. */
    private static final java.util.Set<String> NOT_PART = java.util.Set.of("The", "A", "An", "At", "In", "On", "To",
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

    private final List<Pattern> stated;

    private SchoolNames(List<Pattern> stated) {
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
        List<Pattern> patterns = new ArrayList<>();
        for (String name : names.stream().distinct().toList()) {
            patterns.add(Pattern.compile("(?<![\\p{L}\\p{M}])" + Pattern.quote(name) + "(?![\\p{L}\\p{M}])",
                    Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
        }
        return new SchoolNames(List.copyOf(patterns));
    }

    private static final List<String> SUFFIX_WORDS = List.of("School", "Academy", "College", "Nursery", "Pre-school",
            "Pre-School", "Preschool", "Playgroup", "Centre", "Unit", "Trust", "Ysgol", "Sixth Form");

    String redact(String text) {
        String out = text;
        for (Pattern name : stated) {
            out = name.matcher(out).replaceAll(SCHOOL);
        }
        // Most sections never name a setting by its kind; the expression is not worth running there.
        for (String word : SUFFIX_WORDS) {
            if (out.contains(word)) {
                return IdentifierRedactor.replace(PATTERN, out, SchoolNames::named);
            }
        }
        return out;
    }

    /** The match with its leading ordinary words kept, or unchanged when no word of it is a name. */
    private static String named(Matcher m) {
        String match = m.group();
        int from = 0;
        while (true) {
            int space = indexOfSpace(match, from);
            if (space < 0) {
                return match;
            }
            String word = match.substring(from, space);
            if (!NOT_PART.contains(word) && !NOT_PART.contains(word.replace(".", ""))) {
                break;
            }
            from = skipSpaces(match, space);
        }
        return match.substring(0, from) + SCHOOL;
    }

    private static boolean isOnlyKindOfSetting(String name) {
        for (String word : name.split("[ \\t]+")) {
            if (!NOT_PART.contains(word) && !word.equals(word.toLowerCase(Locale.ROOT))) {
                return false;
            }
        }
        return true;
    }

    private static int indexOfSpace(String s, int from) {
        for (int i = from; i < s.length(); i++) {
            if (s.charAt(i) == ' ' || s.charAt(i) == '\t') {
                return i;
            }
        }
        return -1;
    }

    private static int skipSpaces(String s, int from) {
        int i = from;
        while (i < s.length() && (s.charAt(i) == ' ' || s.charAt(i) == '\t')) {
            i++;
        }
        return i;
    }
}
