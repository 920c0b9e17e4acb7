package org.ehcpqa.privacy;

import io.micronaut.core.annotation.Nullable;

import java.util.ArrayList;
import java.util.List;

/**
 * The people of one plan, kept so that other text about the plan (an auditor's comment, a search
 * snippet) is read with the same placeholders, and someone it names who is not in the plan ("Mum
 * Rose rang") still gets one: after everyone the plan names, so no placeholder in the sections
 * changes.
 */
final class PlanPeople {

    @Nullable
    private final String childName;
    private final String planText;
    private final List<PersonMentions.Mention> mentions;
    private final NameReplacer names;

    PlanPeople(@Nullable String childName, String planText) {
        this.childName = childName;
        this.planText = planText;
        this.mentions = PersonMentions.find(planText);
        this.names = PeopleTable.build(childName, planText, mentions);
    }

    /** The names of the plan itself. */
    NameReplacer names() {
        return names;
    }

    /** The plan's names, and those of anyone else this text names. */
    NameReplacer namesFor(String otherText) {
        List<PersonMentions.Mention> more = PersonMentions.find(otherText).stream()
                .filter(m -> !names.knows(m.title() == null ? m.name() : m.title() + " " + m.name()))
                .toList();
        if (more.isEmpty()) {
            return names;
        }
        List<PersonMentions.Mention> all = new ArrayList<>(mentions);
        int offset = planText.length() + 1;
        for (PersonMentions.Mention m : more) {
            all.add(new PersonMentions.Mention(m.name(), m.kind(), m.title(), m.gender(), offset + m.start()));
        }
        return PeopleTable.build(childName, planText, all);
    }
}
