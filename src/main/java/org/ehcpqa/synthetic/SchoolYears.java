package org.ehcpqa.synthetic;

import java.time.LocalDate;
import java.time.Period;

/**
 * English school years. Convention: the school year runs from 1 September; a child enters
 * "Reception" in the September of the school year in which they turn 5 (the September after
 * turning 4, a 1 September birthday counting as the younger cohort's first day), then "Year 1" to
 * "Year 13"; before Reception the child is in "Nursery"; after Year 13 the young person is
 * "Post-19". Children are assumed to be in their chronological year group.
 */
public final class SchoolYears {
    private SchoolYears() {
    }

    /** Reception is 0, Year 1 is 1, Nursery is negative, Post-19 is 14 and above. */
    public static int yearIndex(LocalDate dateOfBirth, LocalDate on) {
        int schoolYearStart = on.getMonthValue() >= 9 ? on.getYear() : on.getYear() - 1;
        int cohort = dateOfBirth.getMonthValue() >= 9 ? dateOfBirth.getYear() : dateOfBirth.getYear() - 1;
        return schoolYearStart - cohort - 5;
    }

    public static String schoolYear(LocalDate dateOfBirth, LocalDate on) {
        int index = yearIndex(dateOfBirth, on);
        if (index < 0) {
            return "Nursery";
        }
        if (index == 0) {
            return "Reception";
        }
        if (index <= 13) {
            return "Year " + index;
        }
        return "Post-19";
    }

    public static int age(LocalDate dateOfBirth, LocalDate on) {
        return Period.between(dateOfBirth, on).getYears();
    }

    /** The July that ends the school year {@code yearsAhead} after the one containing {@code on}. */
    public static int julyYear(LocalDate on, int yearsAhead) {
        int schoolYearStart = on.getMonthValue() >= 9 ? on.getYear() : on.getYear() - 1;
        return schoolYearStart + 1 + yearsAhead;
    }
}
