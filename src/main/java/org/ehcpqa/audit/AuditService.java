package org.ehcpqa.audit;

import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import io.micronaut.security.authentication.Authentication;
import jakarta.inject.Singleton;
import org.ehcpqa.framework.Criterion;
import org.ehcpqa.framework.FrameworkRegistry;
import org.ehcpqa.framework.QaFramework;
import org.ehcpqa.plan.PlanSection;
import org.ehcpqa.plan.PlanService;
import org.ehcpqa.plan.PlanStatus;
import org.ehcpqa.plan.PlanView;
import org.ehcpqa.plan.SectionCode;
import org.ehcpqa.scoring.Assessment;
import org.ehcpqa.scoring.AssessmentService;
import org.ehcpqa.scoring.CriterionAssessment;
import org.ehcpqa.scoring.assessment.AssessmentResponse;
import org.ehcpqa.scoring.assessment.StoredAssessments;
import org.ehcpqa.web.ProblemException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Audits from opening to final. Every change is one transaction that first moves the audit to its next version
 * (the optimistic lock, {@link AuditStore#bump}), then writes the change and its audit-trail lines: a stale or
 * forbidden write changes nothing, and concurrent writers queue on the audit row instead of overwriting each other.
 */
@Singleton
public class AuditService {

    private static final Logger LOG = LoggerFactory.getLogger(AuditService.class);
    private static final int MAX_EVIDENCE_PER_CRITERION = 20;

    private final AuditStore store;
    private final FrameworkRegistry frameworks;
    private final Derivation derivation;
    private final AssessmentService scorer;
    private final StoredAssessments storedAssessments;
    private final PlanService plans;
    private final AuditViews views;
    private final ApplicationEventPublisher<AuditFinalised> events;
    private final String defaultFramework;

    AuditService(AuditStore store, FrameworkRegistry frameworks, Derivation derivation, AssessmentService scorer,
                 StoredAssessments storedAssessments, PlanService plans, AuditViews views, ApplicationEventPublisher<AuditFinalised> events,
                 @Value("${ehcpqa.assessment.default-framework:statutory-baseline}") String defaultFramework) {
        this.store = store;
        this.frameworks = frameworks;
        this.derivation = derivation;
        this.scorer = scorer;
        this.storedAssessments = storedAssessments;
        this.plans = plans;
        this.views = views;
        this.events = events;
        this.defaultFramework = defaultFramework;
    }

    // ---------------------------------------------------------------- opening and reading

    /** Opens a draft audit pre-filled with the automatic suggestions and their evidence. */
    @Transactional
    public AuditView open(long planId, @Nullable Long versionId, @Nullable String frameworkId,
                          @Nullable String auditor, String user, String origin) {
        PlanView plan = (versionId == null ? plans.find(planId) : plans.findVersion(planId, versionId))
                .orElseThrow(() -> ProblemException.notFound("Plan " + planId
                        + (versionId == null ? "" : " version " + versionId)));
        if (plan.status() != PlanStatus.PROCESSED) {
            throw ProblemException.conflict("not-scored", "Plan " + planId + " has no text to audit yet ("
                    + plan.status() + ").");
        }
        QaFramework framework = activeFramework(frameworkId);
        List<CriterionRow> criteria = suggestions(plan, framework);
        String assignee = auditor == null || auditor.isBlank() ? user : auditor.trim();
        var metadata = plan.metadata();
        AuditRow row = new AuditRow(0, plan.id(), plan.versionId(), framework.id(), framework.hash(),
                framework.version(), AuditStatus.DRAFT, origin, assignee, null, null, plan.team(), plan.caseworker(),
                metadata.primaryNeed(), Phase.of(metadata.schoolYear(), metadata.ageAtIssue()), metadata.issueDate(),
                null, 0, user, Instant.now(), Instant.now(), null, null, null);
        long id = store.insertAudit(row);
        store.insertCriteria(id, Rater.AUDITOR, criteria);
        store.saveDerived(id, Rater.AUDITOR, derivation.derive(framework, criteria));
        store.trail(id, user, List.<String[]>of(new String[] {"audit", null, "opened for plan " + plan.id()
                + " version " + plan.versionId() + " against " + framework.id() + " " + framework.version()
                + ", assigned to " + assignee}));
        return views.audit(load(id));
    }

    /**
     * The audit, unless the caller is its moderator still rating blind; without the judgement for a caller not
     * allowed to see it yet ({@link Visibility}).
     */
    @Transactional
    public AuditView view(long id, Caller caller) {
        AuditRow audit = load(id);
        guardBlind(audit, caller);
        return views.audit(audit, caller);
    }

    @Transactional
    public List<AuditSummary> list(@Nullable AuditStatus status, @Nullable String auditor, @Nullable Long planId,
                                   int limit) {
        return store.list(status, auditor, planId, Math.max(1, Math.min(limit, 1000))).stream()
                .map(AuditSummary::of)
                .toList();
    }

    /** How many audits stand at each status; a status with none is absent. */
    @Transactional(readOnly = true)
    public Map<AuditStatus, Long> countByStatus() {
        return store.countByStatus();
    }

    /** One audit's line: no rating in it, so anyone may have it, a moderator rating blind included. */
    @Transactional
    public AuditSummary summary(long id) {
        return AuditSummary.of(load(id));
    }

    @Transactional
    public List<TrailEntry> trail(long id, Caller caller) {
        AuditRow audit = load(id);
        guardVisible(audit, caller);
        return store.trail(id);
    }

    // ---------------------------------------------------------------- rating

    @Transactional
    public Object rateCriterion(long id, Rater rater, String criterionId, @Nullable Judgement result,
                                @Nullable String comment, @Nullable Integer version, Caller caller) {
        AuditRow audit = lockForRater(id, rater, version, caller);
        List<String[]> changes = new ArrayList<>();
        applyCriterion(audit, rater, criterionId, result, comment, changes);
        return afterRating(audit, rater, changes, caller);
    }

    @Transactional
    public Object rateCriteria(long id, Rater rater, List<AuditRequests.CriterionRating> ratings,
                               @Nullable Integer version, Caller caller) {
        AuditRow audit = lockForRater(id, rater, version, caller);
        List<String[]> changes = new ArrayList<>();
        for (AuditRequests.CriterionRating rating : ratings == null ? List.<AuditRequests.CriterionRating>of() : ratings) {
            applyCriterion(audit, rater, rating.criterionId(), rating.result(), rating.comment(), changes);
        }
        return afterRating(audit, rater, changes, caller);
    }

    /** Overrides (or, with a null rating, restores) the derived rating of a section or OVERALL. */
    @Transactional
    public Object override(long id, Rater rater, String section, @Nullable String rating, @Nullable String rationale,
                           @Nullable Integer version, Caller caller) {
        AuditRow audit = lockForRater(id, rater, version, caller);
        QaFramework framework = frameworkOf(audit);
        String code = sectionKey(framework, section);
        SectionRow before = store.sections(id, rater).stream().filter(row -> row.section().equals(code)).findFirst()
                .orElseThrow(() -> AuditProblems.invalid("unknown-section", "Section " + section
                        + " is not rated in audit " + id + "."));
        String trimmedRationale = rationale == null ? null : rationale.trim();
        if (rating != null) {
            checkLevel(framework, rating);
            if (trimmedRationale == null || trimmedRationale.isEmpty()) {
                throw AuditProblems.invalid("rationale-required", "Overriding the " + label(code)
                        + " rating needs a written rationale: say why the derived rating does not fit this plan.");
            }
        } else {
            trimmedRationale = null;
        }
        store.setOverride(id, rater, code, rating, trimmedRationale);
        List<String[]> changes = new ArrayList<>();
        String prefix = rater == Rater.MODERATOR ? "moderation " : "";
        change(changes, prefix + "override " + code, before.overrideRating(), rating);
        change(changes, prefix + "override " + code + " rationale", before.overrideRationale(), trimmedRationale);
        store.trail(id, caller.name(), changes);
        return rater == Rater.AUDITOR ? views.audit(load(id), caller) : views.moderation(load(id), caller);
    }

    // ---------------------------------------------------------------- findings

    @Transactional
    public AuditView addFinding(long id, AuditRequests.Finding request, @Nullable Integer version, Caller caller) {
        AuditRow audit = lockForRater(id, Rater.AUDITOR, version, caller);
        FindingRow row = validFinding(audit, 0, request, caller.name());
        long findingId = store.insertFinding(row);
        store.trail(id, caller.name(), List.<String[]>of(new String[] {"finding " + findingId, null,
                describe(row)}));
        return views.audit(load(id), caller);
    }

    @Transactional
    public AuditView changeFinding(long id, long findingId, AuditRequests.Finding request, @Nullable Integer version,
                                   Caller caller) {
        AuditRow audit = lockForRater(id, Rater.AUDITOR, version, caller);
        FindingRow before = store.finding(id, findingId)
                .orElseThrow(() -> ProblemException.notFound("Finding " + findingId + " of audit " + id));
        FindingRow after = validFinding(audit, findingId, request, before.createdBy());
        store.updateFinding(after);
        store.trail(id, caller.name(), List.<String[]>of(new String[] {"finding " + findingId, describe(before),
                describe(after)}));
        return views.audit(load(id), caller);
    }

    @Transactional
    public AuditView deleteFinding(long id, long findingId, @Nullable Integer version, Caller caller) {
        lockForRater(id, Rater.AUDITOR, version, caller);
        FindingRow before = store.finding(id, findingId)
                .orElseThrow(() -> ProblemException.notFound("Finding " + findingId + " of audit " + id));
        store.deleteFinding(id, findingId);
        store.trail(id, caller.name(), List.<String[]>of(new String[] {"finding " + findingId, describe(before),
                null}));
        return views.audit(load(id), caller);
    }

    /**
     * Records whether an action was carried out. Actions are done after the audit is written, often after it is final,
     * so this alone may change at any stage: judgements, ratings and the findings' words stay as they were, and the
     * change is kept in the trail. Whoever may read the audit's findings may follow its actions up.
     */
    @Transactional
    public AuditView followUpAction(long id, long findingId, @Nullable ActionStatus status, @Nullable Integer version,
                                    Caller caller) {
        if (status == null) {
            throw AuditProblems.invalid("invalid-action-status", "Say whether the action is DONE or OPEN.");
        }
        if (version == null) {
            throw AuditProblems.versionRequired(id);
        }
        if (store.bump(id, version, EnumSet.allOf(AuditStatus.class)) != 1) {
            throw AuditProblems.editConflict(id, version, load(id).lockVersion());
        }
        AuditRow audit = load(id);
        if (!Visibility.seesFirstRatings(audit, caller)) {
            throw Visibility.ratingBlind(audit, caller) ? AuditProblems.blind(id)
                    : AuditProblems.notVisible(id, audit.status());
        }
        FindingRow before = store.finding(id, findingId)
                .orElseThrow(() -> ProblemException.notFound("Finding " + findingId + " of audit " + id));
        if (before.kind() != FindingKind.ACTION) {
            throw AuditProblems.invalid("not-an-action", "Finding " + findingId + " of audit " + id
                    + " is not an action, so it has nothing to follow up.");
        }
        store.setActionStatus(findingId, status);
        store.trail(id, caller.name(), List.<String[]>of(new String[] {"action " + findingId + " status",
                before.actionStatus() == null ? null : before.actionStatus().name(), status.name()}));
        return views.audit(load(id), caller);
    }

    // ---------------------------------------------------------------- status changes

    @Transactional
    public AuditView submit(long id, @Nullable Integer version, Caller caller) {
        AuditRow audit = lock(id, version, EnumSet.of(AuditStatus.DRAFT), "only a draft audit can be submitted");
        requireAllJudged(audit, Rater.AUDITOR, "submitted");
        store.setStatus(id, AuditStatus.SUBMITTED, "submitted_at");
        store.setAuditedOn(id, LocalDate.now());
        store.trail(id, caller.name(), List.<String[]>of(new String[] {"status", "DRAFT", "SUBMITTED"}));
        return views.audit(load(id), caller);
    }

    /** The caller becomes the blind second rater, starting from the automatic suggestions as the auditor did. */
    @Transactional
    public ModerationView startModeration(long id, @Nullable Integer version, Caller caller) {
        AuditRow audit = lock(id, version, EnumSet.of(AuditStatus.SUBMITTED),
                "only a submitted audit can be moderated");
        if (audit.moderator() != null) {
            throw ProblemException.conflict("moderation-started", "Audit " + id + " is already being moderated by "
                    + audit.moderator() + ".");
        }
        if (audit.auditor().equals(caller.name())) {
            throw AuditProblems.forbidden("moderator-must-differ", "You audited this plan, so you cannot moderate"
                    + " audit " + id + ": a second QA officer must rate it blind.");
        }
        List<CriterionRow> fresh = store.criteria(id, Rater.AUDITOR).stream()
                .map(row -> new CriterionRow(row.criterionId(), row.section(), row.position(), row.suggestedResult(),
                        row.suggestedScore(), row.explanation(), row.evidenceJson(),
                        row.suggestedResult() == null ? null : Judgement.fromSuggestion(row.suggestedResult()), null))
                .toList();
        store.insertCriteria(id, Rater.MODERATOR, fresh);
        store.saveDerived(id, Rater.MODERATOR, derivation.derive(frameworkOf(audit), fresh));
        store.setModeration(id, caller.name(), AuditRow.MODERATION_OPEN);
        store.trail(id, caller.name(), List.<String[]>of(new String[] {"moderator", null, caller.name()}));
        return views.moderation(load(id), caller);
    }

    @Transactional
    public ModerationView submitModeration(long id, @Nullable Integer version, Caller caller) {
        AuditRow audit = lockForRater(id, Rater.MODERATOR, version, caller);
        requireAllJudged(audit, Rater.MODERATOR, "submitted as a moderation");
        store.setModeration(id, audit.moderator(), AuditRow.MODERATION_SUBMITTED);
        store.trail(id, caller.name(), List.<String[]>of(new String[] {"moderation status", AuditRow.MODERATION_OPEN,
                AuditRow.MODERATION_SUBMITTED}));
        return views.moderation(load(id), caller);
    }

    @Transactional
    public ModerationView moderation(long id, Caller caller) {
        return views.moderation(load(id), caller);
    }

    /**
     * Records the agreed rating of every section the raters rated, and of OVERALL; ratings they gave alike are
     * agreed as they stand unless the request says otherwise. The audit becomes MODERATED.
     */
    @Transactional
    public ModerationView agree(long id, @Nullable List<AuditRequests.AgreedRating> ratings, @Nullable Integer version,
                                Caller caller) {
        AuditRow audit = lock(id, version, EnumSet.of(AuditStatus.SUBMITTED), "there is no moderation to agree");
        if (!audit.moderationSubmitted()) {
            throw ProblemException.conflict("moderation-not-submitted", "Audit " + id + " has no submitted"
                    + " moderation yet, so there is nothing to agree: the moderator submits their ratings first.");
        }
        if (!caller.admin() && !caller.name().equals(audit.auditor()) && !caller.name().equals(audit.moderator())) {
            throw AuditProblems.forbidden("not-a-rater", "Only the auditor (" + audit.auditor()
                    + ") or the moderator (" + audit.moderator() + ") of audit " + id + " can record the agreement.");
        }
        QaFramework framework = frameworkOf(audit);
        Map<String, String> first = effective(store.sections(id, Rater.AUDITOR));
        Map<String, String> second = effective(store.sections(id, Rater.MODERATOR));
        Map<String, AuditRequests.AgreedRating> given = new LinkedHashMap<>();
        for (AuditRequests.AgreedRating rating : ratings == null ? List.<AuditRequests.AgreedRating>of() : ratings) {
            String code = sectionKey(framework, rating.section());
            checkLevel(framework, rating.rating());
            if (rating.rationale() == null || rating.rationale().isBlank()) {
                throw AuditProblems.invalid("rationale-required", "The agreed " + label(code)
                        + " rating needs a rationale: say how the two ratings were reconciled.");
            }
            given.put(code, rating);
        }
        List<String> keys = new ArrayList<>();
        for (SectionCode code : SectionCode.values()) {
            if (first.get(code.name()) != null || second.get(code.name()) != null || given.containsKey(code.name())) {
                keys.add(code.name());
            }
        }
        keys.add(SectionRow.OVERALL);
        List<String> missing = new ArrayList<>();
        List<String[]> changes = new ArrayList<>();
        for (String key : keys) {
            AuditRequests.AgreedRating rating = given.get(key);
            if (rating != null) {
                store.saveAgreement(id, key, rating.rating(), rating.rationale().trim(), caller.name());
                change(changes, "agreed " + key, null, rating.rating() + " (" + rating.rationale().trim() + ")");
            } else if (first.get(key) != null && Objects.equals(first.get(key), second.get(key))) {
                store.saveAgreement(id, key, first.get(key), "The auditor and the moderator gave the same rating.",
                        caller.name());
                change(changes, "agreed " + key, null, first.get(key));
            } else if (first.get(key) != null || second.get(key) != null) {
                missing.add(label(key) + " (auditor " + first.get(key) + ", moderator " + second.get(key) + ")");
            }
        }
        if (!missing.isEmpty()) {
            throw AuditProblems.invalid("agreement-incomplete", "The raters differ on " + String.join(", ", missing)
                    + ": give the agreed rating and a rationale for each.");
        }
        store.setStatus(id, AuditStatus.MODERATED, "moderated_at");
        changes.add(new String[] {"status", "SUBMITTED", "MODERATED"});
        store.trail(id, caller.name(), changes);
        return views.moderation(load(id), caller);
    }

    /**
     * Confirms the audit: from MODERATED, or from SUBMITTED when it was not taken into moderation (councils moderate
     * a sample). Team and caseworker are refreshed from the plan, so a team set by hand after opening still counts.
     */
    @Transactional
    public AuditView finalise(long id, @Nullable Integer version, Caller caller) {
        AuditRow audit = lock(id, version, EnumSet.of(AuditStatus.SUBMITTED, AuditStatus.MODERATED),
                "only a submitted or moderated audit can be made final");
        if (audit.status() == AuditStatus.SUBMITTED && audit.moderator() != null) {
            throw ProblemException.conflict("moderation-in-progress", "Audit " + id + " is being moderated; record"
                    + " the agreed ratings (PUT /api/audits/" + id + "/agreement) before it is made final.");
        }
        if (audit.planId() != null) {
            Optional<PlanView> plan = plans.find(audit.planId());
            if (plan.isPresent()) {
                store.setPlanFacts(id, plan.get().team() != null ? plan.get().team() : audit.team(),
                        plan.get().caseworker() != null ? plan.get().caseworker() : audit.caseworker());
            }
        }
        store.setStatus(id, AuditStatus.FINAL, "finalised_at");
        store.trail(id, caller.name(), List.<String[]>of(new String[] {"status", audit.status().name(), "FINAL"}));
        AuditRow finalised = load(id);
        events.publishEvent(confirmed(finalised));
        return views.audit(finalised);
    }

    /** What a report renderer needs about one audit; refused to a moderator still rating blind. */
    @Transactional
    public AuditReportView reportView(long id, Caller caller) {
        AuditRow audit = load(id);
        guardVisible(audit, caller);
        return views.report(audit);
    }

    /** {@link #reportView(long, Caller)} for other features, which know the caller only as an authentication. */
    @Transactional
    public AuditReportView reportView(long id, Authentication user) {
        return reportView(id, Caller.of(user));
    }

    /**
     * The report views of the audits audited (or, not yet submitted, opened) between {@code from} and {@code to}
     * inclusive, oldest first, for exports. Audits whose judgement the caller may not see yet ({@link Visibility}:
     * one they are moderating blind, another officer's audit not yet moderated) are left out, as
     * {@link #reportView(long, Caller)} would refuse them.
     */
    @Transactional(readOnly = true)
    public List<AuditReportView> reportViews(@Nullable LocalDate from, @Nullable LocalDate to, Authentication user,
                                             int limit) {
        Caller caller = Caller.of(user);
        return store.listBetween(from, to, Math.max(1, Math.min(limit, 50_000))).stream()
                .filter(audit -> Visibility.seesFirstRatings(audit, caller))
                .map(views::report)
                .toList();
    }

    // ---------------------------------------------------------------- for other features in this package

    /** The confirmed facts of a final audit, as published when it became final. */
    AuditFinalised confirmed(AuditRow audit) {
        Map<String, String> ratings = effective(store.sections(audit.id(), Rater.AUDITOR));
        store.agreements(audit.id()).forEach(agreement -> ratings.put(agreement.section(), agreement.rating()));
        List<AuditFinalised.ConfirmedRating> sections = new ArrayList<>();
        ratings.forEach((section, rating) -> {
            if (rating != null) {
                sections.add(new AuditFinalised.ConfirmedRating(section, rating));
            }
        });
        List<AuditFinalised.ConfirmedCriterion> criteria = store.criteria(audit.id(), Rater.AUDITOR).stream()
                .filter(row -> row.result() != null)
                .map(row -> new AuditFinalised.ConfirmedCriterion(row.criterionId(), row.section(), row.result()))
                .toList();
        LocalDate day = audit.auditedOn() != null ? audit.auditedOn() : LocalDate.now();
        return new AuditFinalised(audit.id(), audit.frameworkId(), audit.frameworkHash(), day, audit.team(),
                audit.caseworker(), audit.primaryNeed(), audit.phase(), sections, criteria);
    }

    // ---------------------------------------------------------------- internals

    private AuditRow load(long id) {
        return store.find(id).orElseThrow(() -> AuditProblems.notFound(id));
    }

    private void guardBlind(AuditRow audit, Caller caller) {
        if (Visibility.ratingBlind(audit, caller)) {
            throw AuditProblems.blind(audit.id());
        }
    }

    /** For what quotes the judgement wholesale (trail, report): refused to whoever may not see it yet. */
    private void guardVisible(AuditRow audit, Caller caller) {
        guardBlind(audit, caller);
        if (!Visibility.seesFirstRatings(audit, caller)) {
            throw AuditProblems.notVisible(audit.id(), audit.status());
        }
    }

    /**
     * Takes the optimistic lock; when the audit cannot move, says why: gone, final, changed by someone else, or in
     * a status that does not allow the change. Throwing rolls back nothing yet written, because nothing was.
     */
    private AuditRow lock(long id, @Nullable Integer version, Set<AuditStatus> allowed, String forbidden) {
        if (version == null) {
            throw AuditProblems.versionRequired(id);
        }
        if (store.bump(id, version, allowed) == 1) {
            return load(id);
        }
        AuditRow current = load(id);
        if (current.status() == AuditStatus.FINAL) {
            throw AuditProblems.finalAudit(id);
        }
        if (current.lockVersion() != version) {
            throw AuditProblems.editConflict(id, version, current.lockVersion());
        }
        throw AuditProblems.wrongStatus(id, current.status(), forbidden);
    }

    private AuditRow lockForRater(long id, Rater rater, @Nullable Integer version, Caller caller) {
        if (rater == Rater.AUDITOR) {
            return lock(id, version, EnumSet.of(AuditStatus.DRAFT), "its ratings and findings can no longer change");
        }
        AuditRow audit = lock(id, version, EnumSet.of(AuditStatus.SUBMITTED), "it is not being moderated");
        if (!audit.moderationOpen()) {
            throw ProblemException.conflict("moderation-not-open", "Audit " + id + " has no open moderation"
                    + (audit.moderationSubmitted() ? ": the moderator's ratings were submitted." : "."));
        }
        if (!caller.name().equals(audit.moderator())) {
            throw AuditProblems.forbidden("not-the-moderator", "Only the moderator of audit " + id + " ("
                    + audit.moderator() + ") can change the moderation ratings.");
        }
        return audit;
    }

    private void applyCriterion(AuditRow audit, Rater rater, String criterionId, @Nullable Judgement result,
                                @Nullable String comment, List<String[]> changes) {
        CriterionRow before = store.criteria(audit.id(), rater).stream()
                .filter(row -> row.criterionId().equals(criterionId)).findFirst()
                .orElseThrow(() -> AuditProblems.invalid("unknown-criterion", "Criterion " + criterionId
                        + " is not part of the framework of audit " + audit.id() + "."));
        String trimmed = comment == null || comment.isBlank() ? null : comment.trim();
        store.updateCriterion(audit.id(), rater, criterionId, result, trimmed);
        String prefix = rater == Rater.MODERATOR ? "moderation " : "";
        change(changes, prefix + "criterion " + criterionId + " result", name(before.result()), name(result));
        change(changes, prefix + "criterion " + criterionId + " comment", before.comment(), trimmed);
    }

    private Object afterRating(AuditRow audit, Rater rater, List<String[]> changes, Caller caller) {
        store.saveDerived(audit.id(), rater, derivation.derive(frameworkOf(audit), store.criteria(audit.id(), rater)));
        store.trail(audit.id(), caller.name(), changes);
        AuditRow after = load(audit.id());
        return rater == Rater.AUDITOR ? views.audit(after, caller) : views.moderation(after, caller);
    }

    private void requireAllJudged(AuditRow audit, Rater rater, String what) {
        List<String> open = store.criteria(audit.id(), rater).stream().filter(row -> row.result() == null)
                .map(CriterionRow::criterionId).toList();
        if (!open.isEmpty()) {
            throw ProblemException.conflict("audit-incomplete", "Audit " + audit.id() + " cannot be " + what
                    + " yet: " + open.size() + " criteria have no judgement (" + String.join(", ",
                    open.subList(0, Math.min(open.size(), 10))) + (open.size() > 10 ? ", ..." : "") + ").");
        }
    }

    private FindingRow validFinding(AuditRow audit, long findingId, AuditRequests.Finding request, String createdBy) {
        if (request.kind() == null) {
            throw AuditProblems.invalid("invalid-finding", "A finding needs a kind: STRENGTH, AREA_FOR_DEVELOPMENT"
                    + " or ACTION.");
        }
        if (request.text() == null || request.text().isBlank()) {
            throw AuditProblems.invalid("invalid-finding", "A finding needs a text saying what was found.");
        }
        QaFramework framework = frameworkOf(audit);
        String section = request.section() == null || request.section().isBlank() ? null
                : sectionCode(framework, request.section());
        String criterionId = request.criterionId() == null || request.criterionId().isBlank() ? null
                : request.criterionId().trim();
        if (criterionId != null) {
            Criterion criterion = framework.criterion(criterionId).orElseThrow(() -> AuditProblems.invalid(
                    "invalid-finding", "Criterion " + criterionId + " is not part of framework " + framework.id() + "."));
            if (section != null && !section.equals(criterion.section().name())) {
                throw AuditProblems.invalid("invalid-finding", "Criterion " + criterionId + " belongs to section "
                        + criterion.section() + ", not " + section + ".");
            }
            section = criterion.section().name();
        }
        EvidenceSpan evidence = request.evidence();
        if (evidence != null) {
            String evidenceSection = evidence.section() != null ? sectionCode(framework, evidence.section()) : section;
            if (evidenceSection == null) {
                throw AuditProblems.invalid("invalid-finding", "Evidence must say which section it quotes.");
            }
            checkQuote(audit, evidenceSection, evidence);
            if (section == null) {
                section = evidenceSection;
            }
        }
        String owner = null;
        LocalDate due = null;
        ActionStatus status = null;
        if (request.kind() == FindingKind.ACTION) {
            if (request.actionOwner() == null || request.actionOwner().isBlank() || request.actionDue() == null) {
                throw AuditProblems.invalid("invalid-finding", "An action needs an owner and a due date.");
            }
            owner = request.actionOwner().trim();
            due = request.actionDue();
            status = request.actionStatus() == null ? ActionStatus.OPEN : request.actionStatus();
        }
        return new FindingRow(findingId, audit.id(), request.kind(), section, criterionId, request.text().trim(),
                evidence == null ? null : evidence.text(), evidence == null ? null : evidence.start(),
                evidence == null ? null : evidence.end(), owner, due, status, createdBy, Instant.now());
    }

    /** Evidence must quote the audited version exactly, so a finding still points at the right words later. */
    private void checkQuote(AuditRow audit, String section, EvidenceSpan evidence) {
        if (evidence.start() < 0 || evidence.end() < evidence.start() || evidence.text() == null) {
            throw AuditProblems.invalid("invalid-evidence", "Evidence needs its text and a start and end offset"
                    + " with 0 <= start <= end.");
        }
        if (audit.versionId() == null) {
            return;
        }
        PlanView plan = plans.findVersion(audit.versionId()).orElse(null);
        if (plan == null) {
            return;
        }
        String text = plan.sections().stream().filter(s -> s.code().name().equals(section)).map(PlanSection::text)
                .findFirst().orElseThrow(() -> AuditProblems.invalid("invalid-evidence", "The audited plan has no"
                        + " section " + section + " to quote."));
        if (evidence.end() > text.length() || !text.substring(evidence.start(), evidence.end()).equals(evidence.text())) {
            throw AuditProblems.invalid("invalid-evidence", "The evidence does not match section " + section
                    + " of the audited plan at " + evidence.start() + " to " + evidence.end()
                    + ": quote the text exactly as it stands there.");
        }
    }

    /**
     * The automatic suggestions an audit starts from. Plans are scored when they arrive (and on re-scoring), so the
     * assessment stored for this plan version and this framework version (same file hash) is used as it stands:
     * opening an audit then costs no scoring, and the audit starts from exactly what the plan page showed. Only
     * when none is stored (scoring on ingest switched off, or a framework file changed since) is the plan scored.
     */
    private List<CriterionRow> suggestions(PlanView plan, QaFramework framework) {
        Optional<AssessmentResponse> stored = storedAssessments.forVersion(plan.versionId()).stream()
                .filter(assessment -> assessment.framework().id().equals(framework.id())
                        && assessment.framework().hash().equals(framework.hash()))
                .findFirst();
        return stored.map(assessment -> fromStored(assessment, framework)).orElseGet(() -> scored(plan, framework));
    }

    private List<CriterionRow> fromStored(AssessmentResponse assessment, QaFramework framework) {
        Map<String, AssessmentResponse.CriterionView> byId = new HashMap<>();
        assessment.sections().forEach(section -> section.criteria().forEach(c -> byId.put(c.id(), c)));
        List<CriterionRow> rows = new ArrayList<>();
        int position = 0;
        for (Criterion criterion : framework.criteria()) {
            AssessmentResponse.CriterionView suggestion = byId.get(criterion.id());
            String verdict = suggestion == null ? "NOT_ASSESSED" : suggestion.result();
            List<EvidenceSpan> evidence = suggestion == null ? List.of() : suggestion.evidence().stream()
                    .map(span -> new EvidenceSpan(span.section(), span.text(), span.start(), span.end()))
                    .limit(MAX_EVIDENCE_PER_CRITERION)
                    .toList();
            rows.add(new CriterionRow(criterion.id(), criterion.section().name(), position++, verdict,
                    suggestion == null ? null : suggestion.score(), suggestion == null ? null : suggestion.explanation(),
                    views.evidenceJson(evidence), Judgement.fromSuggestion(verdict), null));
        }
        return rows;
    }

    private List<CriterionRow> scored(PlanView plan, QaFramework framework) {
        Assessment assessment;
        try {
            assessment = scorer.assess(plan, framework);
        } catch (RuntimeException e) {
            // The cause stays out of the log: messages of text-processing code may quote the plan.
            LOG.warn("Scoring plan {} version {} with {} for an audit failed ({}).", plan.id(), plan.versionId(),
                    framework.id(), e.getClass().getName());
            throw new ProblemException(500, "scoring-failed", "Scoring failed", "The plan could not be scored"
                    + " automatically, so the audit could not be pre-filled. Your administrator can find the"
                    + " failure in the service log.");
        }
        List<CriterionRow> rows = new ArrayList<>();
        int position = 0;
        for (CriterionAssessment criterion : assessment.criteria()) {
            List<EvidenceSpan> evidence = criterion.findings().stream()
                    .flatMap(finding -> finding.evidence().stream().map(span -> new EvidenceSpan(
                            finding.section() == null ? null : finding.section().name(), span.text(), span.start(),
                            span.end())))
                    .limit(MAX_EVIDENCE_PER_CRITERION)
                    .toList();
            String verdict = criterion.result().name();
            rows.add(new CriterionRow(criterion.criterionId(), criterion.section().name(), position++, verdict,
                    criterion.score(), criterion.explanation(), views.evidenceJson(evidence),
                    Judgement.fromSuggestion(verdict), null));
        }
        return rows;
    }

    QaFramework frameworkOf(AuditRow audit) {
        return frameworks.findVersion(audit.frameworkId(), audit.frameworkHash())
                .orElseThrow(() -> ProblemException.conflict("framework-version-unavailable", "Audit " + audit.id()
                        + " was made with framework " + audit.frameworkId() + " version " + audit.frameworkVersion()
                        + ", which is not loaded any more; restore that framework file to change the audit."));
    }

    private QaFramework activeFramework(@Nullable String frameworkId) {
        if (frameworkId == null || frameworkId.isBlank()) {
            return frameworks.find(defaultFramework).or(() -> frameworks.active().stream().findFirst())
                    .orElseThrow(() -> ProblemException.notFound("An active quality framework"));
        }
        return frameworks.find(frameworkId).orElseThrow(() -> ProblemException.notFound("Framework '"
                + frameworkId + "'"));
    }

    private static String sectionKey(QaFramework framework, String section) {
        if (section != null && section.trim().equalsIgnoreCase(SectionRow.OVERALL)) {
            return SectionRow.OVERALL;
        }
        return sectionCode(framework, section);
    }

    private static String sectionCode(QaFramework framework, String section) {
        SectionCode code = SectionCode.parse(section).orElseThrow(() -> AuditProblems.invalid("unknown-section",
                "\"" + section + "\" is not a section code (A, B, C, D, E, F, G, H1, H2, I, J, K) or OVERALL."));
        if (framework.section(code).isEmpty()) {
            throw AuditProblems.invalid("unknown-section", "Framework " + framework.id() + " does not rate section "
                    + code + ".");
        }
        return code.name();
    }

    private static void checkLevel(QaFramework framework, String rating) {
        if (rating == null || framework.scale().level(rating).isEmpty()) {
            throw AuditProblems.invalid("unknown-rating", "\"" + rating + "\" is not a level of the "
                    + framework.id() + " scale; use one of " + framework.scale().levels().stream()
                    .map(level -> level.id()).toList() + ".");
        }
    }

    static Map<String, String> effective(List<SectionRow> rows) {
        Map<String, String> ratings = new LinkedHashMap<>();
        rows.forEach(row -> ratings.put(row.section(), row.rating()));
        return ratings;
    }

    private static String label(String key) {
        return SectionRow.OVERALL.equals(key) ? "overall" : "section " + key;
    }

    private static String name(@Nullable Judgement judgement) {
        return judgement == null ? null : judgement.name();
    }

    private static void change(List<String[]> changes, String field, @Nullable String before, @Nullable String after) {
        if (!Objects.equals(before, after)) {
            changes.add(new String[] {field, before, after});
        }
    }

    private static String describe(FindingRow row) {
        StringBuilder text = new StringBuilder(row.kind().name());
        if (row.section() != null) {
            text.append(" section ").append(row.section());
        }
        if (row.criterionId() != null) {
            text.append(" criterion ").append(row.criterionId());
        }
        text.append(": ").append(row.text());
        if (row.actionOwner() != null) {
            text.append(" (owner ").append(row.actionOwner()).append(", due ").append(row.actionDue()).append(", ")
                    .append(row.actionStatus()).append(')');
        }
        return text.toString();
    }
}
