package org.ehcpqa.ingest;

import jakarta.inject.Singleton;
import org.ehcpqa.plan.SectionCode;

import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides whether a segmented document is an EHCP at all, and whether it holds more than one child's
 * plan, so ingestion can refuse it with {@link RefusalReason#NOT_AN_EHCP} or
 * {@link RefusalReason#MULTIPLE_PLANS}.
 *
 * <p>An EHCP has at least {@value #MIN_DISTINCT_SECTIONS} distinct statutory sections, among them B or F,
 * and speaks the vocabulary of plans. Council minutes that discuss EHCPs have the words but not the
 * sections. Several plans show as at least {@value #MIN_DISTINCT_SECTIONS} sections headed more than once
 * together with two different children's names or dates of birth on front-page labels.
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
            "(?im)^[ \\t]*(?:date\\s+of\\s+birth|d\\.?o\\.?b\\.?)[ \\t]*[:\\t][ \\t]*(\\S[^\\n\\t]{1,40})$");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    public PlanShape assess(ExtractedText text, SegmentedPlan plan) {
        Map<SectionCode, Integer> headingsByCode = new EnumMap<>(SectionCode.class);
        plan.sections().forEach(s -> headingsByCode.merge(s.code(), 1, Integer::sum));
        boolean hasCore = headingsByCode.containsKey(SectionCode.B) || headingsByCode.containsKey(SectionCode.F);
        if (headingsByCode.size() < MIN_DISTINCT_SECTIONS || !hasCore || vocabularyTerms(text.text()) < MIN_VOCABULARY_TERMS) {
            return PlanShape.NOT_AN_EHCP;
        }
        long repeated = headingsByCode.values().stream().filter(n -> n > 1).count();
        if (repeated >= MIN_DISTINCT_SECTIONS
                && (distinctValues(CHILD_NAME, text.text()) > 1 || distinctValues(DATE_OF_BIRTH, text.text()) > 1)) {
            return PlanShape.MULTIPLE_PLANS;
        }
        return PlanShape.EHCP;
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

    private static int distinctValues(Pattern label, String text) {
        Set<String> values = new HashSet<>();
        Matcher m = label.matcher(text);
        while (m.find()) {
            values.add(SPACES.matcher(m.group(1).strip().toLowerCase(Locale.ROOT)).replaceAll(" "));
        }
        return values.size();
    }
}
