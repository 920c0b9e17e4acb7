package org.ehcpqa.web;

import io.micronaut.core.annotation.Nullable;
import org.ehcpqa.audit.AuditRequests;
import org.ehcpqa.audit.AuditStatus;
import org.ehcpqa.audit.FindingKind;
import org.ehcpqa.audit.Judgement;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reading the audit pages' forms. A section's form lists its criteria in repeated {@code criterion} fields, each
 * judged by {@code result-<id>} radios and a {@code comment-<id>} box, and carries the audit version it was read
 * at, so a stale form is refused as the API refuses a stale write.
 */
final class AuditForms {

    static final List<PlanPagesController.Choice> KINDS = List.of(
            new PlanPagesController.Choice(FindingKind.STRENGTH.name(), "Strength"),
            new PlanPagesController.Choice(FindingKind.AREA_FOR_DEVELOPMENT.name(), "Area for development"),
            new PlanPagesController.Choice(FindingKind.ACTION.name(), "Action"));

    private AuditForms() {
    }

    static List<AuditRequests.CriterionRating> ratings(Map<String, Object> form) {
        List<AuditRequests.CriterionRating> ratings = new ArrayList<>();
        for (String criterion : Forms.values(form, "criterion")) {
            Judgement result = parse(Judgement.class, Forms.text(form, "result-" + criterion));
            ratings.add(new AuditRequests.CriterionRating(criterion, result, Forms.text(form, "comment-" + criterion)));
        }
        return ratings;
    }

    @Nullable
    static Integer version(Map<String, Object> form) {
        String version = Forms.text(form, "version");
        if (version == null) {
            return null;
        }
        try {
            return Integer.parseInt(version);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** Where "Save and continue" goes: the next section, or this one again after the last. */
    static String next(Map<String, Object> form, long id, String section, String suffix) {
        String next = Forms.text(form, "next");
        return "/audits/" + id + suffix + sectionQuery(next != null ? next : section);
    }

    static String sectionQuery(@Nullable String section) {
        return section == null || !section.matches("[A-Za-z0-9]{1,3}") ? "" : "?section=" + section;
    }

    @Nullable
    static <E extends Enum<E>> E parse(Class<E> type, @Nullable String value) {
        if (value == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    static String status(AuditStatus status) {
        return switch (status) {
            case DRAFT -> "Draft";
            case SUBMITTED -> "Submitted";
            case MODERATED -> "Moderated";
            case FINAL -> "Final";
        };
    }
}
