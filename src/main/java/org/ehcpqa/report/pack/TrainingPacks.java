package org.ehcpqa.report.pack;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.ehcpqa.plan.PlanService;
import org.ehcpqa.plan.PlanStatus;
import org.ehcpqa.plan.PlanView;
import org.ehcpqa.plan.SectionCode;
import org.ehcpqa.privacy.AnonymisedPlan;
import org.ehcpqa.report.TrainingPack;
import org.ehcpqa.web.ProblemException;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Creating and editing training packs, and showing them anonymised. Every write locks the pack's
 * row first, so two trainers adding examples at once get consecutive positions rather than a
 * clash. A pack is made for anyone with a trainer's role to work on together: any trainer may edit
 * any pack.
 */
@Singleton
public class TrainingPacks {

    private final TrainingPackRepository packs;
    private final TrainingPackItemRepository items;
    private final PlanService plans;
    private final AnonymisedExamples examples;

    TrainingPacks(TrainingPackRepository packs, TrainingPackItemRepository items, PlanService plans,
                  AnonymisedExamples examples) {
        this.packs = packs;
        this.items = items;
        this.plans = plans;
        this.examples = examples;
    }

    @Transactional
    public PackSummary create(NewTrainingPack request, String trainer) {
        TrainingPackRow row = packs.save(new TrainingPackRow(null, request.title().strip(),
                blankToNull(request.description()), trainer, null, null));
        return summary(packs.findById(row.id()).orElse(row));
    }

    @Transactional
    public List<PackSummary> list() {
        return packs.newestFirst().stream().map(this::summary).toList();
    }

    /** The pack with every example anonymised. */
    @Transactional
    public TrainingPack view(long packId) {
        TrainingPackRow pack = find(packId);
        return new TrainingPack(pack.id(), pack.title(), pack.description(), pack.createdBy(), pack.updatedAt(),
                examples.items(items.findByPackIdOrderByPosition(packId)));
    }

    @Transactional
    public PackSummary rename(long packId, NewTrainingPack request) {
        lock(packId);
        packs.rename(packId, request.title().strip(), blankToNull(request.description()));
        return summary(find(packId));
    }

    @Transactional
    public void delete(long packId) {
        lock(packId);
        packs.deleteById(packId);
    }

    /**
     * Adds a section of the plan's current version. The commentary is rewritten with the plan's
     * replacements before it is stored, so a name typed into it is never kept.
     */
    @Transactional
    public TrainingPack.Item addItem(long packId, NewPackItem request, String trainer) {
        SectionCode section = SectionCode.parse(request.section()).orElseThrow(() -> new ProblemException(400,
                "unknown-section", "Unknown section", "'" + clip(request.section())
                + "' is not a section of a plan. Use one of A, B, C, D, E, F, G, H1, H2, I, J, K."));
        lock(packId);
        PlanView plan = plans.find(request.planId()).orElseThrow(() -> ProblemException.notFound("Plan " + request.planId()));
        if (plan.status() != PlanStatus.PROCESSED) {
            throw new ProblemException(422, "plan-has-no-text", "The plan has no text",
                    "Plan " + plan.id() + " has no text to use as an example (" + plan.status() + ").");
        }
        AnonymisedPlan anonymised = examples.anonymise(plan);
        if (anonymised.section(section).isBlank()) {
            throw new ProblemException(422, "section-empty", "The section is empty",
                    "Plan " + plan.id() + " has no text in section " + section + ".");
        }
        String commentary = blankToNull(request.commentary());
        TrainingPackItemRow saved = items.save(new TrainingPackItemRow(null, packId, items.maxPosition(packId) + 1,
                plan.id(), plan.versionId(), section.name(), blankToNull(request.rating()),
                commentary == null ? null : anonymised.rewrite(commentary), trainer, null));
        packs.touch(packId);
        TrainingPack.Item item = examples.items(List.of(saved)).get(0);
        return new TrainingPack.Item(item.id(), saved.position(), item.planId(), item.section(), item.sectionTitle(),
                item.text(), item.need(), item.phase(), item.rating(), item.commentary());
    }

    /**
     * Replaces an example's commentary (blank removes it). Like a new item's, it is rewritten with
     * the replacements of the plan version the example comes from before it is stored.
     */
    @Transactional
    public TrainingPack.Item changeCommentary(long packId, long itemId, @Nullable String commentary) {
        lock(packId);
        TrainingPackItemRow item = items.findById(itemId).filter(row -> row.packId() == packId)
                .orElseThrow(() -> ProblemException.notFound("Item " + itemId + " of training pack " + packId));
        String text = blankToNull(commentary);
        if (text != null) {
            PlanView plan = plans.findVersion(item.planId(), item.versionId())
                    .orElseThrow(() -> ProblemException.notFound("Plan " + item.planId()));
            text = examples.anonymise(plan).rewrite(text);
        }
        items.changeCommentary(itemId, text);
        packs.touch(packId);
        return view(packId).items().stream().filter(i -> i.id() == itemId).findFirst()
                .orElseThrow(() -> ProblemException.notFound("Item " + itemId + " of training pack " + packId));
    }

    @Transactional
    public void removeItem(long packId, long itemId) {
        lock(packId);
        TrainingPackItemRow item = items.findById(itemId).filter(row -> row.packId() == packId)
                .orElseThrow(() -> ProblemException.notFound("Item " + itemId + " of training pack " + packId));
        items.delete(item);
        renumber(packId, items.findByPackIdOrderByPosition(packId).stream().map(TrainingPackItemRow::id).toList());
        packs.touch(packId);
    }

    /** Puts the items in the given order; the list must name every item of the pack exactly once. */
    @Transactional
    public TrainingPack reorder(long packId, PackOrder order) {
        lock(packId);
        Set<Long> current = new HashSet<>(items.findByPackIdOrderByPosition(packId).stream()
                .map(TrainingPackItemRow::id).toList());
        Set<Long> requested = new HashSet<>(order.itemIds());
        if (requested.size() != order.itemIds().size() || !requested.equals(current)) {
            throw new ProblemException(400, "invalid-order", "Invalid order",
                    "List every item id of training pack " + packId + " exactly once; the pack has " + current.size()
                            + " items.");
        }
        renumber(packId, order.itemIds());
        packs.touch(packId);
        return view(packId);
    }

    private void renumber(long packId, List<Long> itemIds) {
        items.liftAll(packId);
        for (int i = 0; i < itemIds.size(); i++) {
            items.moveTo(itemIds.get(i), i + 1);
        }
    }

    private void lock(long packId) {
        packs.lock(packId).orElseThrow(() -> ProblemException.notFound("Training pack " + packId));
    }

    private TrainingPackRow find(long packId) {
        return packs.findById(packId).orElseThrow(() -> ProblemException.notFound("Training pack " + packId));
    }

    private PackSummary summary(TrainingPackRow row) {
        return new PackSummary(row.id(), row.title(), row.description(), row.createdBy(),
                items.countByPackId(row.id()), row.updatedAt());
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static String clip(String text) {
        String safe = text == null ? "" : text.replaceAll("[^A-Za-z0-9]", "?");
        return safe.length() > 10 ? safe.substring(0, 10) + "..." : safe;
    }
}
