package org.ehcpqa.scoring.checks;

import org.ehcpqa.plan.PlanMetadata;

import java.time.LocalDate;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The child's National Curriculum year at issue: Nursery is -1, Reception 0, Year 1 is 1, and so
 * on to Year 14 for post-19. Date of birth and issue date are trusted first because they are exact;
 * an age alone is read cautiously (a 13-year-old may be in Year 8 or 9, so is taken as Year 8).
 */
final class SchoolYears {

    private static final Pattern YEAR = Pattern.compile("(?i)\\byear\\s*(\\d{1,2})\\b");

    private SchoolYears() {
    }

    static OptionalInt of(PlanMetadata metadata) {
        LocalDate born = metadata.dateOfBirth();
        LocalDate issued = metadata.issueDate();
        if (born != null && issued != null) {
            int cohort = born.getMonthValue() >= 9 ? born.getYear() : born.getYear() - 1;
            int academicYear = issued.getMonthValue() >= 9 ? issued.getYear() : issued.getYear() - 1;
            return OptionalInt.of(academicYear - cohort - 5);
        }
        String schoolYear = metadata.schoolYear();
        if (schoolYear != null) {
            Matcher matcher = YEAR.matcher(schoolYear);
            if (matcher.find()) {
                return OptionalInt.of(Integer.parseInt(matcher.group(1)));
            }
            String lower = schoolYear.toLowerCase(java.util.Locale.ROOT);
            if (lower.contains("reception")) {
                return OptionalInt.of(0);
            }
            if (lower.contains("nursery") || lower.contains("early years") || lower.contains("pre-school")) {
                return OptionalInt.of(-1);
            }
            if (lower.contains("post-19") || lower.contains("post 19")) {
                return OptionalInt.of(14);
            }
            if (lower.contains("post-16") || lower.contains("post 16") || lower.contains("college")) {
                return OptionalInt.of(12);
            }
        }
        Integer age = metadata.ageAtIssue();
        if (age != null) {
            return OptionalInt.of(age - 5);
        }
        return OptionalInt.empty();
    }
}
