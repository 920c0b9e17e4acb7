package org.ehcpqa.privacy;

import java.util.Map;
import org.ehcpqa.plan.SectionCode;

/**
 * A plan version with its personal data replaced.
 *
 * @param planId    the plan it came from
 * @param versionId the version it came from
 * @param sections  the anonymised text of each section the plan has
 * @param rewriter  the same replacements, for other text about this plan (an auditor's comment,
 *                  a search snippet), so it reads consistently with the sections
 */
public record AnonymisedPlan(
        long planId,
        long versionId,
        Map<SectionCode, String> sections,
        TextRewriter rewriter) {

    /** Rewrites free text with the replacements found for one plan. */
    @FunctionalInterface
    public interface TextRewriter {
        String rewrite(String text);
    }

    public String section(SectionCode code) {
        return sections.getOrDefault(code, "");
    }

    public String rewrite(String text) {
        return rewriter.rewrite(text);
    }
}
