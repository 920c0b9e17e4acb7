package org.ehcpqa.audit;

import io.micronaut.core.annotation.Nullable;

/**
 * The phase of education a plan was written for, read from the school year on its front page (or the age when
 * the year is unknown), so trends can be cut the way councils organise their teams.
 */
public final class Phase {

    public static final String EARLY_YEARS = "EARLY_YEARS";
    public static final String PRIMARY = "PRIMARY";
    public static final String SECONDARY = "SECONDARY";
    public static final String POST_16 = "POST_16";

    private Phase() {
    }

    @Nullable
    public static String of(@Nullable String schoolYear, @Nullable Integer ageAtIssue) {
        if (schoolYear != null) {
            String year = schoolYear.toLowerCase(java.util.Locale.ROOT);
            if (year.contains("post-16") || year.contains("post 16")) {
                return POST_16;
            }
            if (year.contains("nursery") || year.contains("early years")) {
                return EARLY_YEARS;
            }
            if (year.contains("reception")) {
                return PRIMARY;
            }
            java.util.regex.Matcher number = java.util.regex.Pattern.compile("year\\s*(\\d+)").matcher(year);
            if (number.find()) {
                int n = Integer.parseInt(number.group(1));
                return n <= 6 ? PRIMARY : n <= 11 ? SECONDARY : POST_16;
            }
        }
        if (ageAtIssue != null) {
            return ageAtIssue < 5 ? EARLY_YEARS : ageAtIssue < 11 ? PRIMARY : ageAtIssue < 16 ? SECONDARY : POST_16;
        }
        return null;
    }
}
