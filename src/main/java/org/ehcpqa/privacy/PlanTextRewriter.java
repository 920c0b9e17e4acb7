package org.ehcpqa.privacy;

import io.micronaut.core.annotation.Nullable;

import java.time.LocalDate;

/**
 * The replacements found for one plan, applied to any text about it: shaped identifiers first
 * (an e-mail address holds names), then birth details, settings, and last the people, so a school
 * named after a saint is a school and not a person.
 */
final class PlanTextRewriter implements AnonymisedPlan.TextRewriter {

    /** Far enough either side of a digit to hold a street name, a "date of birth:" cue or a month name. */
    private static final int WINDOW_REACH = 64;

    private final PlanPeople people;
    private final SchoolNames schools;
    @Nullable
    private final LocalDate dateOfBirth;

    PlanTextRewriter(PlanPeople people, SchoolNames schools, @Nullable LocalDate dateOfBirth) {
        this.people = people;
        this.schools = schools;
        this.dateOfBirth = dateOfBirth;
    }

    /** A section of the plan itself: everyone in it is already known. */
    String rewriteSection(String text) {
        return rewrite(text, people.names());
    }

    /** Other text about the plan, which may name someone the plan does not. */
    @Override
    public String rewrite(String text) {
        if (text == null) {
            return "";
        }
        return rewrite(text, people.namesFor(text));
    }

    private String rewrite(String text, NameReplacer names) {
        if (text.isEmpty()) {
            return text;
        }
        // Every identifier, date and exact age has a digit in it; an e-mail address has '@'.
        String out = TextWindows.rewrite(text, c -> c == '@', WINDOW_REACH, IdentifierRedactor::redactEmails);
        out = TextWindows.rewrite(out, c -> c >= '0' && c <= '9', WINDOW_REACH,
                window -> BirthDetailsRedactor.redact(IdentifierRedactor.redact(window), dateOfBirth));
        out = schools.redact(out);
        return names.replace(out);
    }
}
