package org.ehcpqa.framework;

import io.micronaut.core.annotation.Nullable;
import org.ehcpqa.plan.SectionCode;

/**
 * A plan section as the framework weighs it.
 *
 * @param title                    the house-style heading, when it differs from the statutory title
 * @param weight                   share of the overall score, in percent; all section weights add up to 100
 * @param noNeedsStatementAccepted whether an explicit "no needs in this area" statement satisfies the section
 *                                 (only C, D, G, H1 and H2 may say so: B, E and F can never be empty in a plan)
 */
public record FrameworkSection(SectionCode code, @Nullable String title, double weight,
                               boolean noNeedsStatementAccepted) {

    public String displayTitle() {
        return title != null ? title : code.statutoryTitle();
    }
}
