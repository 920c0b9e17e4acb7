package org.ehcpqa.ingest;

import jakarta.inject.Singleton;
import org.ehcpqa.plan.SectionCode;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides whether a segmented document is an EHCP at all, and whether it holds more than one child's
 * plan, so ingestion can refuse it with {@link RefusalReason#NOT_AN_EHCP} or
 * {@link RefusalReason#MULTIPLE_PLANS}.
 *
 * <p>An EHCP has at least {@value #MIN_DISTINCT_SECTIONS} distinct statutory sections, among them B or F,
 * and speaks the vocabulary of plans: council minutes that discuss EHCPs have the words but not the
 * sections. A file holds several plans when a second front page gives another child's date of birth or
 * name, and the text before it and the text from it on are each a plan with at least
 * {@value #MIN_DISTINCT_SECTIONS} sections. Requiring both halves to be whole plans keeps a plan whose
 * advice list names other people, or whose dates of birth are written twice, from being refused.
 */
@Singleton
public class PlanShapeAssessor {

    static final int MIN_DISTINCT_SECTIONS = 6;
    private static final int MIN_VOCABULARY_TERMS = 2;

    /**
     * Plan words, matched without regard to case. Only ASCII letters are in them, so CASE_INSENSITIVE
     * matches what a search of the text lower-cased with Locale.ROOT would; the common words come first
     * because the search stops at the second one found.
     */
    private static final List<Pattern> VOCABULARY = vocabulary(
            "\\boutcomes?\\b",
            "special\\s+educational\\s+(?:needs|provision)",
            "education,?\\s+health\\s+and\\s+care",
            "\\bplacement\\b",
            "\\behc\\s?p?\\b",
            "\\bpersonal\\s+budget\\b",
            "\\badvice\\s+and\\s+information\\b");
    private static final Pattern CHILD_NAME = Pattern.compile(
            "(?im)^[ \\t]*(?:child(?:['\u2019]s)?(?:\\s+or\\s+young\\s+person(?:['\u2019]s)?)?\\s+|young\\s+person(?:['\u2019]s)?\\s+"
                    + "|full\\s+)?name(?:\\s+of\\s+(?:the\\s+)?(?:child|young\\s+person))?[ \\t]*[:\\t][ \\t]*(\\S[^\\n\\t]{1,60})$");
    private static final Pattern DATE_OF_BIRTH = Pattern.compile(
            "(?im)^[ \\t]*(?:date\\s+of\\s+birth|d\\.?o\\.?b\\.?)[ \\t]*[:\\t]?[ \\t]*(\\S[^\\n]{1,40})$");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private final PlanDateParser dates;

    private static List<Pattern> vocabulary(String... terms) {
        return java.util.Arrays.stream(terms).map(t -> Pattern.compile(t, Pattern.CASE_INSENSITIVE)).toList();
    }

    public PlanShapeAssessor(PlanDateParser dates) {
        this.dates = dates;
    }

    /**
     * @param text      the extracted text that was segmented
     * @param plan      what the segmenter made of it
     * @param segmenter segments a part of the text, to check that each half of a suspected double file
     *                  is a whole plan ({@link PlanSegmenter#segment}; passed in so the two do not
     *                  depend on each other)
     */
    public PlanShape assess(ExtractedText text, SegmentedPlan plan, Function<ExtractedText, SegmentedPlan> segmenter) {
        if (!isPlan(plan) || vocabularyTerms(text.text()) < MIN_VOCABULARY_TERMS) {
            return PlanShape.NOT_AN_EHCP;
        }
        Optional<Integer> secondFront = secondChildAt(text.text());
        if (secondFront.isPresent()) {
            int split = secondFront.get();
            String before = text.text().substring(0, split);
            String after = text.text().substring(split);
            if (isPlan(segmenter.apply(new ExtractedText(before, List.of(0), text.mediaType())))
                    && isPlan(segmenter.apply(new ExtractedText(after, List.of(0), text.mediaType())))) {
                return PlanShape.MULTIPLE_PLANS;
            }
        }
        return PlanShape.EHCP;
    }

    private static boolean isPlan(SegmentedPlan plan) {
        Set<SectionCode> codes = EnumSet.noneOf(SectionCode.class);
        plan.sections().forEach(s -> codes.add(s.code()));
        return codes.size() >= MIN_DISTINCT_SECTIONS && (codes.contains(SectionCode.B) || codes.contains(SectionCode.F));
    }

    /**
     * Where the first label naming a different child (by date of birth, else by name) stands. The
     * labels are anchored at line starts, so each pattern is tried only where a line starts with a
     * letter that can begin it, rather than at every character of a 70,000-character plan; a match
     * at a line start is the same one the multi-line pattern would find there.
     */
    private Optional<Integer> secondChildAt(String text) {
        LocalDate firstBirth = null;
        Matcher birth = DATE_OF_BIRTH.matcher(text);
        int at = nextLabel(text, 0, "dD");
        while (at >= 0) {
            int resume = lineEnd(text, at);
            if (birth.region(at, text.length()).lookingAt()) {
                Optional<LocalDate> date = dates.firstDate(birth.group(1));
                if (date.isPresent()) {
                    if (firstBirth == null) {
                        firstBirth = date.get();
                    } else if (!firstBirth.equals(date.get())) {
                        return Optional.of(at);
                    }
                }
                resume = Math.max(resume, birth.end());
            }
            at = nextLabel(text, nextLineStart(text, resume), "dD");
        }
        String firstName = null;
        Matcher name = CHILD_NAME.matcher(text);
        at = nextLabel(text, 0, "cCyYfFnN");
        while (at >= 0) {
            int resume = lineEnd(text, at);
            if (name.region(at, text.length()).lookingAt()) {
                String value = SPACES.matcher(name.group(1).strip().toLowerCase(Locale.ROOT)).replaceAll(" ");
                if (firstName == null) {
                    firstName = value;
                } else if (!firstName.equals(value)) {
                    return Optional.of(at);
                }
                resume = Math.max(resume, name.end());
            }
            at = nextLabel(text, nextLineStart(text, resume), "cCyYfFnN");
        }
        return Optional.empty();
    }

    /**
     * The first line start from {@code start} on (itself a line start, or -1) whose first character
     * other than a space or tab is one of {@code firsts}; -1 when there is none.
     */
    private static int nextLabel(String text, int start, String firsts) {
        int length = text.length();
        while (start >= 0 && start < length) {
            int i = start;
            while (i < length && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
                i++;
            }
            if (i < length && firsts.indexOf(text.charAt(i)) >= 0) {
                return start;
            }
            start = nextLineStart(text, i);
        }
        return -1;
    }

    /** The position just after the next line terminator at or after {@code from}, or -1. */
    private static int nextLineStart(String text, int from) {
        int length = text.length();
        for (int i = from; i < length; i++) {
            char c = text.charAt(i);
            if (isLineTerminator(c)) {
                if (c == '\r' && i + 1 < length && text.charAt(i + 1) == '\n') {
                    i++;
                }
                // MULTILINE '^' does not match after a terminator that ends the input.
                return i + 1 < length ? i + 1 : -1;
            }
        }
        return -1;
    }

    /** The position of the next line terminator at or after {@code from} (the text's length if none). */
    private static int lineEnd(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            if (isLineTerminator(text.charAt(i))) {
                return i;
            }
        }
        return text.length();
    }

    private static boolean isLineTerminator(char c) {
        return c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029';
    }

    /** How many of the plan words occur, counting only up to the {@value #MIN_VOCABULARY_TERMS} needed. */
    private static int vocabularyTerms(String text) {
        int found = 0;
        for (Pattern term : VOCABULARY) {
            if (term.matcher(text).find() && ++found >= MIN_VOCABULARY_TERMS) {
                break;
            }
        }
        return found;
    }
}
