package org.ehcpqa.ingest;

import jakarta.inject.Singleton;

import java.time.LocalDate;
import java.time.Month;
import java.time.Period;

/**
 * The National Curriculum year group of a child on a date in England. A child starts Reception in the
 * September after their fourth birthday (so a child born on 1 September is the oldest of their year);
 * Year 1 to Year 13 follow, and after Year 13 the plan is for a young person "Post-19".
 */
@Singleton
public class EnglishSchoolYear {

    /** "Reception", "Year 7", "Nursery", "Early years" or "Post-19". */
    public String yearGroup(LocalDate dateOfBirth, LocalDate on) {
        int receptionStarts = dateOfBirth.getMonthValue() >= Month.SEPTEMBER.getValue()
                ? dateOfBirth.getYear() + 5 : dateOfBirth.getYear() + 4;
        int academicYear = on.getMonthValue() >= Month.SEPTEMBER.getValue() ? on.getYear() : on.getYear() - 1;
        int year = academicYear - receptionStarts;
        if (year < -1) {
            return "Early years";
        }
        if (year == -1) {
            return "Nursery";
        }
        if (year == 0) {
            return "Reception";
        }
        return year <= 13 ? "Year " + year : "Post-19";
    }

    /** Whole years of age on the date. */
    public int age(LocalDate dateOfBirth, LocalDate on) {
        return Period.between(dateOfBirth, on).getYears();
    }
}
