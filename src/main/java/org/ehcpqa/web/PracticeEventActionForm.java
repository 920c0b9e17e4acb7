package org.ehcpqa.web;

import io.micronaut.core.annotation.Nullable;
import org.ehcpqa.practice.PracticeEventView;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The fields of a practice event's action, as added on the event page and changed on its own page. */
record PracticeEventActionForm(@Nullable String text, @Nullable String owner, @Nullable LocalDate due,
                               List<FieldError> errors) {

    static final int MAX_TEXT = 2000;
    static final int MAX_OWNER = 200;

    static PracticeEventActionForm read(Map<String, Object> form) {
        List<FieldError> errors = new ArrayList<>();
        String text = Forms.text(form, "actionText");
        if (text == null) {
            errors.add(new FieldError("actionText", "Enter the action"));
        } else if (text.length() > MAX_TEXT) {
            errors.add(new FieldError("actionText", "The action must be " + MAX_TEXT + " characters or fewer"));
        }
        String owner = Forms.text(form, "owner");
        if (owner != null && owner.length() > MAX_OWNER) {
            errors.add(new FieldError("owner", "The owner must be " + MAX_OWNER + " characters or fewer"));
        }
        LocalDate due = DateFields.readOptional(form, "due", "the date the action is due", errors);
        return new PracticeEventActionForm(text, owner, due, errors);
    }

    /** The action with these fields; its status is kept. */
    PracticeEventView.Action applied(String status) {
        return new PracticeEventView.Action(text, owner, due, status);
    }

    /** What the user typed, to fill the fields again after an error. */
    static Map<String, Object> kept(Map<String, Object> form) {
        Map<String, Object> entered = new HashMap<>();
        String text = Forms.text(form, "actionText");
        String owner = Forms.text(form, "owner");
        entered.put("actionText", text == null ? "" : text);
        entered.put("owner", owner == null ? "" : owner);
        DateFields.keep(form, "due", entered);
        return entered;
    }

    static Map<String, Object> filled(PracticeEventView.Action action) {
        Map<String, Object> entered = new HashMap<>();
        entered.put("actionText", action.text());
        entered.put("owner", action.owner() == null ? "" : action.owner());
        DateFields.fill(action.due(), "due", entered);
        return entered;
    }
}
