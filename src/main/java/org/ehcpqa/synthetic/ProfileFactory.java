package org.ehcpqa.synthetic;

import org.ehcpqa.plan.IssueStatus;

import java.time.LocalDate;
import java.util.List;

/** Invents a child, the family contact and the setting, consistent with one another. */
final class ProfileFactory {
    private ProfileFactory() {
    }

    /** Age bands from early years to 25; index chosen from the seed. */
    private static final int[][] PHASES = {{2, 4}, {5, 10}, {11, 15}, {16, 18}, {19, 24}};

    static ChildProfile create(Rng rng, PrimaryNeed need) {
        NameBank.Culture culture = rng.pick(NameBank.CULTURES);
        String pronoun = rng.pick("he", "she");
        boolean girl = pronoun.equals("she");
        String first = rng.pick(girl ? culture.girls() : culture.boys());
        String last = rng.pick(culture.surnames());

        LocalDate issue = LocalDate.of(2024, 1, 8).plusDays(rng.between(0, 1000));
        // Plans by age, roughly as in SEN2: most are for school-age children.
        int roll = rng.between(1, 100);
        int[] phase = PHASES[roll <= 8 ? 0 : roll <= 46 ? 1 : roll <= 80 ? 2 : roll <= 92 ? 3 : 4];
        int age = rng.between(phase[0], phase[1]);
        LocalDate dob = issue.minusYears(age).minusDays(rng.between(1, 360));
        int yearIndex = SchoolYears.yearIndex(dob, issue);
        IssueStatus status = rng.pick(IssueStatus.FINAL, IssueStatus.FINAL, IssueStatus.DRAFT, IssueStatus.AMENDED);

        String town = rng.pick(NameBank.TOWNS);
        String postcode = "X" + (char) ('A' + rng.between(0, 25)) + rng.between(1, 19) + " "
                + rng.between(1, 9) + (char) ('A' + rng.between(0, 25)) + (char) ('A' + rng.between(0, 25));
        String address = rng.between(2, 148) + " " + rng.pick(NameBank.STREETS) + ", " + town + ", " + postcode;
        String parentRelation = rng.pick("Mother", "Father", "Mother", "Grandmother", "Foster carer");
        String parentFirst = parentRelation.equals("Father")
                ? rng.pick(rng.pick(NameBank.CULTURES).boys()) : rng.pick(culture.girls());
        if (parentFirst.equals(first)) {
            parentFirst = rng.pick(NameBank.PROFESSIONAL_FIRST);
        }
        String parentName = parentFirst + " " + last;
        String email = parentFirst.toLowerCase() + "." + last.toLowerCase() + rng.between(10, 99) + "@example.org";
        // Ofcom reserves 07700 900xxx for drama, so these numbers can never reach anyone.
        String phone = "07700 900" + rng.digits(3);

        String[] setting = setting(rng, yearIndex, need, town);
        return new ChildProfile(first, last, pronoun, dob, issue, status, nhsNumber(rng), upn(rng),
                address, postcode, parentName, parentRelation, email, phone, need, setting[0], setting[1],
                yearIndex, SchoolYears.schoolYear(dob, issue), SchoolYears.age(dob, issue));
    }

    /** NHS test range 999 xxx xxxx, with a valid modulus-11 check digit. */
    static String nhsNumber(Rng rng) {
        while (true) {
            String nine = "999" + rng.digits(6);
            int sum = 0;
            for (int i = 0; i < 9; i++) {
                sum += (nine.charAt(i) - '0') * (10 - i);
            }
            int check = 11 - sum % 11;
            if (check == 11) {
                check = 0;
            }
            if (check != 10) {
                String n = nine + check;
                return n.substring(0, 3) + " " + n.substring(3, 6) + " " + n.substring(6);
            }
        }
    }

    static String upn(Rng rng) {
        return (char) ('A' + rng.between(0, 25)) + "9" + rng.digits(11);
    }

    private static String[] setting(Rng rng, int yearIndex, PrimaryNeed need, String town) {
        String place = rng.pick(NameBank.SCHOOL_PLACES);
        boolean special = switch (need) {
            case SLD, PMLD, MSI -> true;
            case ASD, PD, DS, SEMH -> rng.chance(0.4);
            default -> rng.chance(0.1);
        };
        if (yearIndex < 0) {
            return rng.pick(List.of(
                    new String[]{place + " Day Nursery", "Private, voluntary and independent early years setting"},
                    new String[]{place + " Nursery School", "Maintained nursery school"}));
        }
        if (yearIndex <= 6) {
            return special ? new String[]{place + " Primary Special School", "Maintained special school (primary)"}
                    : rng.pick(List.of(new String[]{place + " Primary School", "Mainstream maintained primary school"},
                    new String[]{place + " Primary Academy", "Mainstream primary academy"}));
        }
        if (yearIndex <= 11) {
            return special ? new String[]{place + " School", "Special academy (secondary)"}
                    : rng.pick(List.of(new String[]{place + " High School", "Mainstream secondary academy"},
                    new String[]{place + " Academy", "Mainstream secondary academy with resourced provision"}));
        }
        if (yearIndex <= 13) {
            return special ? new String[]{place + " School Sixth Form", "Special school sixth form"}
                    : new String[]{town + " College", "General further education college"};
        }
        return rng.pick(List.of(new String[]{town + " College", "General further education college"},
                new String[]{place + " Specialist College", "Specialist post-16 institution"}));
    }
}
