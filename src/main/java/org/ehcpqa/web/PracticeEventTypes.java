package org.ehcpqa.web;

import org.ehcpqa.practice.PracticeEventType;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The types of practice event as the pages name them. */
final class PracticeEventTypes {

    private PracticeEventTypes() {
    }

    static Map<String, String> labels() {
        Map<String, String> labels = new LinkedHashMap<>();
        labels.put(PracticeEventType.AUDIT_CYCLE.name(), "Audit cycle");
        labels.put(PracticeEventType.MODERATION_SESSION.name(), "Moderation session");
        labels.put(PracticeEventType.PRACTICE_LEARNING.name(), "Practice learning event");
        labels.put(PracticeEventType.TRAINING.name(), "Training session");
        return labels;
    }

    static List<PlanPagesController.Choice> choices() {
        return labels().entrySet().stream().map(e -> new PlanPagesController.Choice(e.getKey(), e.getValue()))
                .toList();
    }
}
