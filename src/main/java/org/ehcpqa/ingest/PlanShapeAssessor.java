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

    private static final List<Pattern> VOCABULARY = List.of(
            Pattern.compile("education,?\\s+health\\s+and\\s+care"),
            Pattern.compile("\\behc\\s?p?\\b"),
            Pattern.compile("special\\s+educational\\s+(?:needs|provision)"),
            Pattern.compile("\\boutcomes?\\b"),
            Pattern.compile("\\bplacement\\b"),
            Pattern.compile("\\bpersonal\\s+budget\\b"),
            Pattern.compile("\\badvice\\s+and\\s+information\\b"));
    private static final Pattern CHILD_NAME = Pattern.compile(
            "(?im)^[ \\t]*(?:child(?:['\u2019]s)?(?:\\s+or\\s+young\\s+person(?:['\u2019]s)?)?\\s+|young\\s+person(?:['\u2019]s)?\\s+"
                    + "|full\\s+)?name(?:\\s+of\\s+(?:the\\s+)?(?:child|young\\s+person))?[ \\t]*[:\\t][ \\t]*(\\S[^\\n\\t]{1,60})$");
    private static final Pattern DATE_OF_BIRTH = Pattern.compile(
            "(?im)^[ \\t]*(?:date\\s+of\\s+birth|d\\.?o\\.?b\\.?)[ \\t]*[:\\t]?[ \\t]*(\\S[^\\n]{1,40})$");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private final PlanDateParser dates;

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

    /** Where the first label naming a different child (by date of birth, else by name) stands. */
    private Optional<Integer> secondChildAt(String text) {
        LocalDate firstBirth = null;
        Matcher birth = DATE_OF_BIRTH.matcher(text);
        while (birth.find()) {
            Optional<LocalDate> date = dates.firstDate(birth.group(1));
            if (date.isEmpty()) {
                continue;
            }
            if (firstBirth == null) {
                firstBirth = date.get();
            } else if (!firstBirth.equals(date.get())) {
                return Optional.of(birth.start());
            }
        }
        String firstName = null;
        Matcher name = CHILD_NAME.matcher(text);
        while (name.find()) {
            String value = SPACES.matcher(name.group(1).strip().toLowerCase(Locale.ROOT)).replaceAll(" ");
            if (firstName == null) {
                firstName = value;
            } else if (!firstName.equals(value)) {
                return Optional.of(name.start());
            }
        }
        return Optional.empty();
    }

    private static int vocabularyTerms(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        int found = 0;
        for (Pattern term : VOCABULARY) {
            if (term.matcher(lower).find()) {
                found++;
            }
        }
        return found;
    }
}
