package org.ehcpqa.web;

import io.micronaut.core.annotation.Nullable;
import org.ehcpqa.audit.ActionStatus;
import org.ehcpqa.audit.AuditRequests;
import org.ehcpqa.audit.AuditView;
import org.ehcpqa.audit.EvidenceSpan;
import org.ehcpqa.audit.FindingKind;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;

/**
 * A finding as its form holds it, recording one or changing one: the values as typed, so a refused form comes back
 * filled in. The audit service judges everything but the due date, which has to be read as a date first.
 */
record FindingForm(@Nullable String kind, @Nullable String section, @Nullable String criterionId,
                   @Nullable String text, @Nullable String actionOwner, @Nullable String actionDue,
                   @Nullable String actionStatus) {

    static final String DUE_FIELD = "actionDue";

    /** The empty form for a new finding, placed in the section being judged. */
    static FindingForm blank(@Nullable String section) {
        return new FindingForm(FindingKind.STRENGTH.name(), section, null, null, null, null, ActionStatus.OPEN.name());
    }

    static FindingForm of(AuditView.FindingView finding) {
        return new FindingForm(finding.kind().name(), finding.section(), finding.criterionId(), finding.text(),
                finding.actionOwner(), finding.actionDue() == null ? null : finding.actionDue().toString(),
                finding.actionStatus() == null ? ActionStatus.OPEN.name() : finding.actionStatus().name());
    }

    static FindingForm read(Map<String, Object> form) {
        return new FindingForm(Forms.text(form, "kind"), Forms.text(form, "findingSection"),
                Forms.text(form, "criterionId"), Forms.text(form, "text"), Forms.text(form, "actionOwner"),
                Forms.text(form, DUE_FIELD), Forms.text(form, "actionStatus"));
    }

    /** The due date, or null; a value that is not a date adds an error and gives null. */
    @Nullable
    LocalDate due(List<FieldError> errors) {
        if (actionDue == null) {
            return null;
        }
        try {
            return LocalDate.parse(actionDue);
        } catch (DateTimeParseException e) {
            errors.add(new FieldError(DUE_FIELD, "Enter the due date as a date, such as 2026-03-31"));
            return null;
        }
    }

    /**
     * @param evidence the quote the finding keeps: the form does not show it, so a change carries the old one over
     */
    AuditRequests.Finding request(@Nullable LocalDate due, @Nullable EvidenceSpan evidence) {
        return new AuditRequests.Finding(AuditForms.parse(FindingKind.class, kind), section, criterionId, text,
                evidence, actionOwner, due, AuditForms.parse(ActionStatus.class, actionStatus), null);
    }
}
