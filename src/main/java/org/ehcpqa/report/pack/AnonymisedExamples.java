package org.ehcpqa.report.pack;

import io.micronaut.context.BeanProvider;
import jakarta.inject.Singleton;
import org.ehcpqa.plan.PlanMetadata;
import org.ehcpqa.plan.PlanService;
import org.ehcpqa.plan.PlanView;
import org.ehcpqa.plan.SectionCode;
import org.ehcpqa.privacy.AnonymisedPlan;
import org.ehcpqa.privacy.PlanAnonymiser;
import org.ehcpqa.report.TrainingPack;
import org.ehcpqa.web.ProblemException;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Turns stored pack items into what a trainer may see: each section's text and the commentary
 * anonymised by the privacy service, with the plan's need and phase for context. This is the
 * only way pack text leaves the service; without an anonymiser nothing is shown at all.
 */
@Singleton
class AnonymisedExamples {

    private static final Map<String, String> NEEDS = Map.ofEntries(
            Map.entry("ASD", "Autistic spectrum disorder"),
            Map.entry("SLCN", "Speech, language and communication needs"),
            Map.entry("SEMH", "Social, emotional and mental health"),
            Map.entry("MLD", "Moderate learning difficulty"),
            Map.entry("SLD", "Severe learning difficulty"),
            Map.entry("PMLD", "Profound and multiple learning difficulty"),
            Map.entry("SPLD", "Specific learning difficulty"),
            Map.entry("HI", "Hearing impairment"),
            Map.entry("VI", "Visual impairment"),
            Map.entry("MSI", "Multi-sensory impairment"),
            Map.entry("PD", "Physical disability"),
            Map.entry("DS", "Down syndrome"),
            Map.entry("OTH", "Other difficulty or disability"));

    private final PlanService plans;
    private final BeanProvider<PlanAnonymiser> anonymiser;

    AnonymisedExamples(PlanService plans, BeanProvider<PlanAnonymiser> anonymiser) {
        this.plans = plans;
        this.anonymiser = anonymiser;
    }

    /** The anonymised plan version, for checking and anonymising an item before it is stored. */
    AnonymisedPlan anonymise(PlanView plan) {
        return anonymiserOrRefuse().anonymise(plan);
    }

    /** Anonymised items, one anonymisation per plan version so placeholders agree within a plan. */
    List<TrainingPack.Item> items(List<TrainingPackItemRow> rows) {
        PlanAnonymiser service = anonymiserOrRefuse();
        Map<Long, Optional<PlanView>> views = new HashMap<>();
        Map<Long, AnonymisedPlan> anonymised = new HashMap<>();
        List<TrainingPack.Item> items = new ArrayList<>(rows.size());
        for (TrainingPackItemRow row : rows) {
            Optional<PlanView> view = views.computeIfAbsent(row.versionId(),
                    id -> plans.findVersion(row.planId(), row.versionId()));
            if (view.isEmpty()) {
                continue; // the version is gone (its rows cascade away too); never show a stale item
            }
            AnonymisedPlan plan = anonymised.computeIfAbsent(row.versionId(), id -> service.anonymise(view.get()));
            items.add(item(row, items.size() + 1, view.get().metadata(), plan));
        }
        return items;
    }

    private static TrainingPack.Item item(TrainingPackItemRow row, int position, PlanMetadata metadata,
                                          AnonymisedPlan plan) {
        SectionCode section = SectionCode.valueOf(row.section());
        return new TrainingPack.Item(row.id(), position, row.planId(), section, section.statutoryTitle(),
                plan.section(section), need(metadata.primaryNeed()), phase(metadata.schoolYear()), row.rating(),
                row.commentary() == null ? null : plan.rewrite(row.commentary()));
    }

    private PlanAnonymiser anonymiserOrRefuse() {
        if (!anonymiser.isPresent()) {
            throw new ProblemException(503, "anonymiser-unavailable", "Anonymisation unavailable",
                    "Training pack examples cannot be shown because the anonymisation service is not available."
                            + " Ask your administrator.");
        }
        return anonymiser.get();
    }

    static String need(String code) {
        if (code == null || code.isBlank()) {
            return null;
        }
        return NEEDS.getOrDefault(code.toUpperCase(Locale.ROOT), code);
    }

    /** The phase of education from the National Curriculum year the plan was issued in. */
    static String phase(String schoolYear) {
        if (schoolYear == null || schoolYear.isBlank()) {
            return null;
        }
        String year = schoolYear.toLowerCase(Locale.ROOT);
        if (year.contains("post-16") || year.contains("post 16")) {
            return "Post-16";
        }
        if (year.contains("nursery") || year.contains("early")) {
            return "Early years";
        }
        if (year.contains("reception")) {
            return "Primary";
        }
        java.util.regex.Matcher number = java.util.regex.Pattern.compile("year\\s*(\\d{1,2})").matcher(year);
        if (number.find()) {
            int n = Integer.parseInt(number.group(1));
            return n <= 6 ? "Primary" : n <= 11 ? "Secondary" : "Post-16";
        }
        return null;
    }
}
