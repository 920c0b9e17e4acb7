package org.ehcpqa.web;

import io.micronaut.core.annotation.Nullable;
import org.ehcpqa.audit.AuditView;
import org.ehcpqa.audit.Judgement;
import org.ehcpqa.audit.ModerationView;
import org.ehcpqa.framework.QaFramework;
import org.ehcpqa.framework.RatingLevel;
import org.ehcpqa.plan.PlanSection;
import org.ehcpqa.plan.PlanView;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the audit workspace and the moderation rating page show for one section: the navigable list of sections,
 * the section's plan text and its criteria with the suggestion, evidence and the judgement so far. Built from the
 * audit feature's read models, so the page shows exactly what the API would.
 */
record AuditPage(List<NavItem> nav, String code, String title, String text, List<CriterionLine> criteria,
                 @Nullable String nextSection, int toJudge, @Nullable String firstToJudge) {

    /** The judgements in the order of the keyboard shortcuts 1 to 4. */
    static final List<PlanPagesController.Choice> JUDGEMENTS = List.of(
            new PlanPagesController.Choice(Judgement.MET.name(), "Met"),
            new PlanPagesController.Choice(Judgement.PARTLY_MET.name(), "Partly met"),
            new PlanPagesController.Choice(Judgement.NOT_MET.name(), "Not met"),
            new PlanPagesController.Choice(Judgement.NOT_APPLICABLE.name(), "Not applicable"));

    /** One section in the list: its rating so far and how many of its criteria still need a judgement. */
    record NavItem(String code, String title, @Nullable String ratingLabel, int toJudge, boolean current) {
    }

    /**
     * One criterion of the section.
     *
     * @param suggested the automatic suggestion in words ("Met", "Not assessed")
     * @param result    the rater's judgement so far (an enum name), null when not judged
     */
    record CriterionLine(String id, String text, String suggested, @Nullable String suggestedResult,
                         @Nullable String explanation, List<String> evidence, @Nullable String result,
                         @Nullable String resultLabel, @Nullable String comment) {
    }

    /** A criterion as either read model carries it, so both pages are built the same way. */
    record Rated(String id, String section, String text, @Nullable String suggestedResult,
                 @Nullable String explanation, List<String> evidence, @Nullable Judgement result,
                 @Nullable String comment) {
    }

    static List<Rated> rated(AuditView audit) {
        List<Rated> rows = new ArrayList<>();
        audit.sections().forEach(section -> section.criteria().forEach(c -> rows.add(new Rated(c.id(),
                section.code(), c.text(), c.suggestedResult(), c.explanation(),
                c.evidence().stream().map(e -> e.text()).toList(), c.result(), c.comment()))));
        return rows;
    }

    /** The moderator's own judgements (the auditor's are empty for them while they rate blind). */
    static List<Rated> moderatorRated(ModerationView moderation) {
        return moderation.criteria().stream().map(c -> new Rated(c.id(), c.section(), c.text(), c.suggestedResult(),
                c.explanation(), c.evidence().stream().map(e -> e.text()).toList(), c.moderatorResult(),
                c.moderatorComment())).toList();
    }

    /**
     * @param sections   section code to title, in the framework's order
     * @param ratings    section code to the rating label shown beside it (may be empty)
     * @param chosen     the section asked for; the first with criteria still to judge, else the first, when absent
     */
    static AuditPage build(Map<String, String> sections, Map<String, String> ratings, List<Rated> criteria,
                           PlanView plan, @Nullable String chosen) {
        Map<String, Integer> open = new LinkedHashMap<>();
        sections.keySet().forEach(code -> open.put(code, 0));
        String firstToJudge = null;
        int toJudge = 0;
        for (Rated row : criteria) {
            if (row.result() == null) {
                open.merge(row.section(), 1, Integer::sum);
                toJudge++;
                if (firstToJudge == null) {
                    firstToJudge = row.section();
                }
            }
        }
        List<String> codes = new ArrayList<>(sections.keySet());
        String code = chosen != null && sections.containsKey(chosen) ? chosen
                : codes.isEmpty() ? "" : codes.get(0);
        List<NavItem> nav = codes.stream().map(c -> new NavItem(c, sections.get(c), ratings.get(c),
                open.getOrDefault(c, 0), c.equals(code))).toList();
        int index = codes.indexOf(code);
        String next = index >= 0 && index + 1 < codes.size() ? codes.get(index + 1) : null;
        String text = plan.sections().stream().filter(s -> s.code().name().equals(code)).map(PlanSection::text)
                .findFirst().orElse("");
        List<CriterionLine> lines = criteria.stream().filter(row -> row.section().equals(code))
                .map(row -> new CriterionLine(row.id(), row.text(), suggestion(row.suggestedResult()),
                        row.suggestedResult(), row.explanation(), row.evidence(),
                        row.result() == null ? null : row.result().name(), judgement(row.result()), row.comment()))
                .toList();
        return new AuditPage(nav, code, sections.getOrDefault(code, code), text, lines, next, toJudge, firstToJudge);
    }

    @Nullable
    static String judgement(@Nullable Judgement judgement) {
        if (judgement == null) {
            return null;
        }
        return JUDGEMENTS.stream().filter(choice -> choice.value().equals(judgement.name()))
                .map(PlanPagesController.Choice::label).findFirst().orElse(judgement.name());
    }

    /** The suggestion in words; NOT_ASSESSED means no automatic check covers the criterion. */
    static String suggestion(@Nullable String verdict) {
        if (verdict == null || verdict.equals("NOT_ASSESSED")) {
            return "None";
        }
        Judgement judgement = Judgement.fromSuggestion(verdict);
        return judgement == null ? verdict : judgement(judgement);
    }

    /** The framework's rating levels, best first, for the override and agreement selects. */
    static List<PlanPagesController.Choice> levels(Optional<QaFramework> framework) {
        return framework.map(f -> f.scale().levels().stream()
                .map((RatingLevel level) -> new PlanPagesController.Choice(level.id(), level.label())).toList())
                .orElse(List.of());
    }
}
