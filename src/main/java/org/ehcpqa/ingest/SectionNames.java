package org.ehcpqa.ingest;

import org.ehcpqa.plan.SectionCode;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The names councils give the statutory sections when they do not (or not only) use the letter.
 * Names are compared after {@link #normalise(String)}, so case, punctuation and dashes do not matter.
 */
final class SectionNames {

    /** Phrase and the codes it stands for; longest phrases are tried first so "health provision" beats "health". */
    private record Name(String phrase, List<SectionCode> codes) {
    }

    private static final List<Name> NAMES = buildNames();
    /** The same names by phrase, the first (longest-first) entry kept where a phrase is listed twice. */
    private static final Map<String, List<SectionCode>> BY_PHRASE = byPhrase(NAMES);
    private static final Pattern CONTINUATION = Pattern.compile(
            "(?:of|for|which|that|related|relating|including|required|reasonably|sought|arising|to|in|under|made|must|and|or)\\b");

    /** Pronouns that can own a section's name in a lettered heading: "B. Her special educational needs". */
    private static final Set<String> OWNERS = Set.of("his", "her", "their", "my", "your");
    /** A child's name before the possessive: "poppy s", "ella mae s" (normalising splits hyphens). */
    private static final int MAX_OWNER_WORDS = 3;
    /**
     * Last words of a council's service or team name: "Special Educational Needs and Disabilities Service"
     * on a front page starts with a section's name but names who wrote the plan.
     */
    private static final Set<String> ORGANISATION_WORDS = Set.of(
            "service", "services", "team", "department", "directorate", "unit", "office", "council");

    private SectionNames() {
    }

    private static List<Name> buildNames() {
        Map<SectionCode, List<String>> byCode = Map.ofEntries(
                Map.entry(SectionCode.A, List.of("views interests and aspirations", "all about me",
                        "the views interests and aspirations", "my views interests and aspirations",
                        "child s views interests and aspirations", "young person s views interests and aspirations",
                        "views of the child", "the views interests and aspirations of")),
                Map.entry(SectionCode.B, List.of("special educational needs", "my special educational needs",
                        "sen", "special educational need", "my needs", "educational needs",
                        "the child s special educational needs", "the young person s special educational needs",
                        "the child or young person s special educational needs")),
                Map.entry(SectionCode.C, List.of("health needs", "my health needs", "health care needs",
                        "healthcare needs", "health needs related to", "health needs which relate",
                        "the child s health needs", "the young person s health needs",
                        "the child or young person s health needs")),
                Map.entry(SectionCode.D, List.of("social care needs", "my social care needs",
                        "the child s social care needs", "the young person s social care needs",
                        "the child or young person s social care needs")),
                Map.entry(SectionCode.E, List.of("outcomes", "my outcomes", "outcomes for me",
                        "outcomes sought", "education health and care outcomes", "desired outcomes", "the outcomes sought",
                        "what i want to achieve", "what i would like to achieve", "my goals")),
                Map.entry(SectionCode.F, List.of("special educational provision", "my special educational provision",
                        "educational provision", "the special educational provision")),
                Map.entry(SectionCode.G, List.of("health provision", "my health provision", "health care provision",
                        "healthcare provision", "any health provision", "the health provision")),
                Map.entry(SectionCode.H1, List.of("social care provision under section 2",
                        "social care provision csdpa", "social care provision made under section 2",
                        "social care provision chronically sick", "social care provision under the chronically sick",
                        "social care provision which must be made under section 2")),
                Map.entry(SectionCode.H2, List.of("other social care provision", "any other social care provision")),
                Map.entry(SectionCode.I, List.of("placement", "my placement", "educational placement",
                        "name and type of school", "name and type of setting", "the name and type of",
                        "name and type of the school", "name and type of the setting", "the name and type of the school",
                        "the name and type of the setting", "school or setting",
                        "placement name and type of setting", "where i will learn")),
                Map.entry(SectionCode.J, List.of("personal budget", "my personal budget", "personal budgets")),
                Map.entry(SectionCode.K, List.of("advice and information", "advice and information gathered",
                        "advice and information received", "list of advice", "information and advice")));
        List<Name> names = new ArrayList<>();
        byCode.forEach((code, phrases) -> phrases.forEach(p -> names.add(new Name(p, List.of(code)))));
        // A heading that says only "social care provision" covers both parts of section H.
        names.add(new Name("social care provision", List.of(SectionCode.H1, SectionCode.H2)));
        names.add(new Name("my social care provision", List.of(SectionCode.H1, SectionCode.H2)));
        names.sort(Comparator.comparingInt((Name n) -> n.phrase().length()).reversed());
        return List.copyOf(names);
    }

    private static Map<String, List<SectionCode>> byPhrase(List<Name> names) {
        Map<String, List<SectionCode>> map = new java.util.HashMap<>();
        names.forEach(name -> map.putIfAbsent(name.phrase(), name.codes()));
        return Map.copyOf(map);
    }

    /**
     * Lower case, every run of punctuation and white space made one space, trimmed. One pass over the
     * lower-cased text (this runs for most lines of every plan): a word character is a letter or number
     * ({@code \\p{L}}, {@code \\p{N}}), anything else is a separator.
     */
    static String normalise(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        int length = lower.length();
        StringBuilder out = null;
        boolean pendingSpace = false;
        int i = 0;
        while (i < length) {
            int cp = lower.codePointAt(i);
            int width = Character.charCount(cp);
            if (isWordCharacter(cp)) {
                if (out == null) {
                    out = new StringBuilder(length);
                } else if (pendingSpace) {
                    out.append(' ');
                }
                pendingSpace = false;
                out.appendCodePoint(cp);
            } else {
                pendingSpace = out != null;
            }
            i += width;
        }
        return out == null ? "" : out.toString();
    }

    private static boolean isWordCharacter(int cp) {
        if (cp < 0x80) {
            return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9');
        }
        if (Character.isLetter(cp)) {
            return true;
        }
        int type = Character.getType(cp);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
                || type == Character.OTHER_NUMBER;
    }

    /** The codes whose name the normalised text is, exactly. */
    static Optional<List<SectionCode>> exactly(String normalised) {
        return Optional.ofNullable(BY_PHRASE.get(normalised));
    }

    /**
     * The codes whose name of two words or more starts the normalised text, followed by words that
     * carry a heading on ("...which are related to their SEN", "...required by the child") rather than
     * a sentence.
     */
    static Optional<List<SectionCode>> longName(String normalised) {
        for (Name name : NAMES) {
            String phrase = name.phrase();
            int after = phrase.length() + 1;
            if (normalised.length() > after && normalised.charAt(phrase.length()) == ' '
                    && phrase.indexOf(' ') > 0 && normalised.startsWith(phrase)
                    && CONTINUATION.matcher(normalised).region(after, normalised.length()).lookingAt()) {
                return Optional.of(name.codes());
            }
        }
        return Optional.empty();
    }

    /**
     * The codes whose name follows an owner at the start of the normalised text: a child's name with the
     * possessive ("poppy s views interests and aspirations", "oskar s special educational needs") or a
     * pronoun ("her health needs"). Councils that put the child's name in every heading write them so.
     */
    static Optional<List<SectionCode>> startingWithOwner(String normalised) {
        int space = normalised.indexOf(' ');
        if (space < 0) {
            return Optional.empty();
        }
        if (OWNERS.contains(normalised.substring(0, space))) {
            return startingWith(normalised.substring(space + 1));
        }
        int end = space;
        for (int words = 1; words <= MAX_OWNER_WORDS && end > 0; words++) {
            if (normalised.startsWith("s ", end + 1)) {
                return startingWith(normalised.substring(end + 3));
            }
            end = normalised.indexOf(' ', end + 1);
        }
        return Optional.empty();
    }

    /**
     * Whether the normalised text is the name of a council, service or team rather than a heading: it
     * ends in such a word, and does not say the section's provision comes from one ("Health provision
     * made by the hearing support service" is a heading).
     */
    static boolean namesOrganisation(String normalised) {
        int space = normalised.lastIndexOf(' ');
        return space > 0 && ORGANISATION_WORDS.contains(normalised.substring(space + 1))
                && !normalised.contains(" by ") && !normalised.contains(" from ");
    }

    /** The codes whose name the normalised text starts with, as whole words. */
    static Optional<List<SectionCode>> startingWith(String normalised) {
        for (Name name : NAMES) {
            String phrase = name.phrase();
            if (normalised.startsWith(phrase)
                    && (normalised.length() == phrase.length() || normalised.charAt(phrase.length()) == ' ')) {
                return Optional.of(name.codes());
            }
        }
        return Optional.empty();
    }
}
