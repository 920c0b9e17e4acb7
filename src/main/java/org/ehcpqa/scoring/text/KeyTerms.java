package org.ehcpqa.scoring.text;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The content words of a passage, crudely stemmed ("reading", "reads" and "read" share "read"),
 * for linking needs to outcomes and provision. Function words and words every item of a plan uses
 * ("support", "needs", "will") are left out, or every need would link to everything.
 */
public final class KeyTerms {

    private static final Pattern WORD = Pattern.compile("[\\p{L}][\\p{L}'’-]*");
    private static final Set<String> STOP = Set.copyOf(java.util.List.of(
            "a", "about", "above", "across", "after", "again", "all", "also", "an", "and", "any", "are", "as", "at",
            "be", "because", "been", "before", "being", "between", "both", "but", "by", "can", "could", "did", "do",
            "does", "doing", "during", "each", "either", "for", "from", "further", "had", "has", "have", "having",
            "he", "her", "here", "hers", "herself", "him", "himself", "his", "how", "i", "if", "in", "into", "is",
            "it", "its", "itself", "just", "may", "me", "might", "more", "most", "much", "must", "my", "myself",
            "no", "nor", "not", "now", "of", "off", "on", "once", "only", "or", "other", "our", "out", "over", "own",
            "same", "she", "should", "so", "some", "such", "than", "that", "the", "their", "them", "themselves",
            "then", "there", "these", "they", "this", "those", "through", "to", "too", "under", "until", "up",
            "upon", "us", "very", "was", "we", "were", "what", "when", "where", "which", "while", "who", "whom",
            "why", "will", "with", "within", "would", "you", "your", "able", "also", "well", "way", "ways",
            // Words on every line of a plan carry no link between a need and its provision.
            "need", "needs", "needed", "support", "supported", "supports", "supporting", "help", "helps",
            "helped", "difficulty", "difficulties", "difficult", "find", "finds", "found", "hard", "time", "times",
            "school", "setting", "staff", "adult", "adults", "provide", "provided", "provision", "ensure",
            "develop", "developing", "development", "improve", "improving", "use", "using", "used", "make",
            "makes", "making", "work", "including", "include", "includes", "area", "areas", "level", "levels",
            "skill", "skills", "strategy", "strategies", "child", "young", "person", "pupil", "student", "year",
            "years", "week", "weeks", "weekly", "daily", "day", "days", "term", "termly", "minute", "minutes",
            "session", "sessions", "end", "key", "stage", "outcome", "outcomes", "target", "targets", "able",
            "get", "gets", "getting", "go", "goes", "going", "like", "likes", "new", "range", "appropriate",
            "regular", "regularly", "required", "access", "opportunities", "opportunity", "given", "give",
            "currently", "current", "often", "sometimes", "times", "per", "one", "two", "three", "four", "five",
            "six", "seven", "eight", "nine", "ten", "small", "group", "groups", "class", "lesson", "lessons",
            // Who provides, who observed and how progress is tracked: every provision item names a
            // role and a review, and every need in B names who saw it, so these link everything to
            // everything and say nothing about what the need is.
            "teacher", "teachers", "teach", "teaching", "specialist", "senco", "psychologist", "educational", "educ",
            "therapist", "therapists", "assistant", "assistants", "mentor", "record", "recorded", "records",
            "progress", "progres", "family", "families", "fami", "start", "starting", "starts", "set", "sets",
            "review", "reviewed", "reviews", "deliver", "delivered", "delivers", "programme", "programmes",
            "report", "reports", "reported", "noted", "observed", "observation", "observations", "show", "shows",
            "seen", "trained", "training", "qualified", "registered", "parent", "parents", "mother", "father",
            "grandmother", "grandfather", "carer", "carers", "home", "advice", "assessment", "assessed", "learn",
            "learning", "consistent", "pattern", "across", "last", "over"));

    private static final List<String> SUFFIXES = List.of("ational", "ations", "ation", "ments", "ment", "ness",
            "ities", "ity", "ingly", "ings", "ing", "edly", "ies", "ied", "ers", "er", "ed", "ly", "es", "s");

    private KeyTerms() {
    }

    /** Stems of the content words, minus the given names (the child's name links everything). */
    public static Set<String> of(String text, Set<String> ignoredWords) {
        Set<String> terms = new LinkedHashSet<>();
        Matcher matcher = WORD.matcher(text);
        while (matcher.find()) {
            String word = matcher.group().toLowerCase(Locale.ROOT).replace('’', '\'');
            if (word.endsWith("'s")) {
                word = word.substring(0, word.length() - 2);
            }
            if (word.length() < 3 || STOP.contains(word) || ignoredWords.contains(word)) {
                continue;
            }
            String stem = stem(word);
            if (stem.length() >= 3 && !STOP.contains(stem)) {
                terms.add(stem);
            }
        }
        return terms;
    }

    /** A light suffix stripper: enough to join "reading"/"reads", "anxious"/"anxiety" stays apart. */
    public static String stem(String word) {
        String w = word;
        for (String suffix : SUFFIXES) {
            if (w.endsWith(suffix) && w.length() - suffix.length() >= 3) {
                w = w.substring(0, w.length() - suffix.length());
                if (suffix.equals("ies") || suffix.equals("ied")) {
                    w = w + "y";
                }
                break;
            }
        }
        // "writ" from "writing" and "writ" from "write": drop a final e and undouble a final consonant.
        if (w.endsWith("e") && w.length() > 3) {
            w = w.substring(0, w.length() - 1);
        }
        int n = w.length();
        if (n > 3 && w.charAt(n - 1) == w.charAt(n - 2) && !"aeiousl".contains(String.valueOf(w.charAt(n - 1)))) {
            w = w.substring(0, n - 1);
        }
        return w;
    }
}
