package org.ehcpqa.search;

import org.ehcpqa.plan.PlanSection;
import org.ehcpqa.plan.PlanStatus;
import org.ehcpqa.plan.PlanView;
import org.ehcpqa.plan.SectionCode;
import org.ehcpqa.privacy.RuleBasedPlanAnonymiser;
import org.ehcpqa.synthetic.ComposedPlans;
import org.ehcpqa.synthetic.PlanTruth;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An index in a temporary folder over generated plans, with the plans' truth for judging results;
 * the anonymised text comes from the service's own anonymiser.
 */
final class SearchFixture implements AutoCloseable {

    private static final RuleBasedPlanAnonymiser ANONYMISER = new RuleBasedPlanAnonymiser();

    final Path folder;
    final List<PlanTruth> truths = new ArrayList<>();
    final List<PlanView> plans = new ArrayList<>();
    SectionIndex index;

    private SearchFixture(Path folder) {
        this.folder = folder;
        this.index = new SectionIndex(folder, 32);
    }

    static SearchFixture empty() {
        try {
            return new SearchFixture(Files.createTempDirectory("ehcpqa-search-test"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Plans 1..count from seeds seed+0..seed+count-1, indexed and committed. */
    static SearchFixture of(long seed, int count) {
        SearchFixture fixture = empty();
        for (int i = 0; i < count; i++) {
            fixture.add(ComposedPlans.truth(seed + i));
        }
        fixture.index.commitAndRefresh();
        return fixture;
    }

    /** Adds a plan (not committed); its id is its 1-based position. */
    PlanView add(PlanTruth truth) {
        long id = plans.size() + 1;
        PlanView view = view(id, truth);
        truths.add(truth);
        plans.add(view);
        index.replace(indexable(view, truth));
        return view;
    }

    static PlanView view(long id, PlanTruth truth) {
        List<PlanSection> sections = truth.sections().stream()
                .map(s -> new PlanSection(s.code(), s.title(), s.text(), 1)).toList();
        return new PlanView(id, id, 1, PlanStatus.PROCESSED, "plan-" + id + ".txt", "", "text/plain", 1,
                truth.metadata(), sections, List.of(), "team-" + (id % 4), "caseworker-" + (id % 7), null);
    }

    static IndexablePlan indexable(PlanView view, PlanTruth truth) {
        return new IndexablePlan(view, ANONYMISER.anonymise(view), Map.of(), Map.of(),
                Map.of(), Set.of());
    }

    /** Deletes the index folder and indexes every plan again, as a restart after deletion does. */
    void deleteAndRebuild() {
        index.close();
        try (var files = Files.walk(folder)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        index = new SectionIndex(folder, 32);
        for (int i = 0; i < plans.size(); i++) {
            index.replace(indexable(plans.get(i), truths.get(i)));
        }
        index.commitAndRefresh();
    }

    String text(long planId, SectionCode code) {
        return plans.get((int) planId - 1).sections().stream().filter(s -> s.code() == code)
                .map(PlanSection::text).findFirst().orElse("");
    }

    SearchService search() {
        return new SearchService(index);
    }

    @Override
    public void close() {
        index.close();
    }
}
