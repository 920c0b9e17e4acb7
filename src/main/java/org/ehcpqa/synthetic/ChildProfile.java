package org.ehcpqa.synthetic;

import org.ehcpqa.plan.IssueStatus;

import java.time.LocalDate;

/**
 * The invented child or young person a plan is about, and the facts the front page states.
 *
 * @param pronoun       "he", "she" or "they"
 * @param yearIndex     see {@link SchoolYears#yearIndex}
 */
record ChildProfile(
        String firstName,
        String lastName,
        String pronoun,
        LocalDate dateOfBirth,
        LocalDate issueDate,
        IssueStatus status,
        String nhsNumber,
        String upn,
        String address,
        String postcode,
        String parentName,
        String parentRelation,
        String email,
        String phone,
        PrimaryNeed need,
        String setting,
        String settingType,
        int yearIndex,
        String schoolYear,
        int age) {

    String fullName() {
        return firstName + " " + lastName;
    }

    String possessive() {
        return switch (pronoun) {
            case "he" -> "his";
            case "she" -> "her";
            default -> "their";
        };
    }

    String object() {
        return switch (pronoun) {
            case "he" -> "him";
            case "she" -> "her";
            default -> "them";
        };
    }

    /** Whether preparing-for-adulthood outcomes are expected (Year 9 and above). */
    boolean preparingForAdulthood() {
        return yearIndex >= 9;
    }

    boolean earlyYears() {
        return yearIndex < 1;
    }

    boolean postSixteen() {
        return yearIndex >= 12;
    }
}
