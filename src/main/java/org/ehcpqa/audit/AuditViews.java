package org.ehcpqa.audit;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import org.ehcpqa.framework.Criterion;
import org.ehcpqa.framework.FrameworkRegistry;
import org.ehcpqa.framework.FrameworkSection;
import org.ehcpqa.framework.QaFramework;
import org.ehcpqa.framework.RatingLevel;
import org.ehcpqa.plan.SectionCode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Builds the read models of an audit from its rows. */
@Singleton
class AuditViews {

    private static final Argument<List<EvidenceSpan>> SPANS = Argument.listOf(EvidenceSpan.class);

    private final AuditStore store;
    private final FrameworkRegistry frameworks;
    private final JsonMapper mapper;

    AuditViews(AuditStore store, FrameworkRegistry frameworks, JsonMapper mapper) {
        this.store = store;
        this.frameworks = frameworks;
        this.mapper = mapper;
    }

    /** The whole audit, for callers allowed to see the first auditor's judgement. */
    AuditView audit(AuditRow audit) {
        return audit(audit, true);
    }

    /** The audit as this caller may see it ({@link Visibility}). */
    AuditView audit(AuditRow audit, Caller caller) {
        return audit(audit, Visibility.seesFirstRatings(audit, caller));
    }

    private AuditView audit(AuditRow audit, boolean judgementShown) {
        Optional<QaFramework> framework = frameworks.findVersion(audit.frameworkId(), audit.frameworkHash());
        Map<String, SectionRow> sections = judgementShown ? bySection(store.sections(audit.id(), Rater.AUDITOR))
                : Map.of();
        Map<String, AgreementRow> agreed = new HashMap<>();
        if (judgementShown) {
            store.agreements(audit.id()).forEach(row -> agreed.put(row.section(), row));
        }
        List<CriterionRow> criteria = store.criteria(audit.id(), Rater.AUDITOR);
        List<AuditView.SectionView> sectionViews = new ArrayList<>();
        for (String code : sectionOrder(framework, criteria)) {
            List<AuditView.CriterionView> criterionViews = criteria.stream()
                    .filter(row -> row.section().equals(code))
                    .map(row -> new AuditView.CriterionView(row.criterionId(),
                            framework.flatMap(f -> f.criterion(row.criterionId())).map(Criterion::text)
                                    .orElse(row.criterionId()),
                            row.suggestedResult(), row.suggestedScore(), row.explanation(), spans(row.evidenceJson()),
                            judgementShown ? row.result() : null, judgementShown ? row.comment() : null))
                    .toList();
            sectionViews.add(new AuditView.SectionView(code, title(framework, code),
                    rating(framework, sections.get(code), agreed.get(code)), criterionViews));
        }
        List<AuditView.FindingView> findings = judgementShown
                ? store.findings(audit.id()).stream().map(AuditViews::finding).toList() : List.of();
        return new AuditView(audit.id(), audit.planId(), audit.versionId(),
                new AuditView.FrameworkRef(audit.frameworkId(), audit.frameworkVersion(), audit.frameworkHash()),
                audit.status(), audit.origin(), audit.auditor(), audit.moderator(), audit.moderationStatus(),
                audit.team(), audit.caseworker(), audit.primaryNeed(), audit.phase(), audit.issueDate(),
                audit.auditedOn(), audit.lockVersion(),
                rating(framework, sections.get(SectionRow.OVERALL), agreed.get(SectionRow.OVERALL)), sectionViews,
                findings, audit.createdAt(), audit.updatedAt(), audit.submittedAt(), audit.moderatedAt(),
                audit.finalisedAt(), !judgementShown);
    }

    /**
     * Side by side once the moderation is submitted. Before that the moderator sees only their own ratings, and
     * everyone else only the auditor's.
     */
    ModerationView moderation(AuditRow audit, Caller caller) {
        boolean open = audit.moderationOpen();
        boolean isModerator = caller.name().equals(audit.moderator());
        boolean showAuditor = Visibility.seesFirstRatings(audit, caller);
        boolean showModerator = audit.moderator() != null && (isModerator || (!open && showAuditor));
        Optional<QaFramework> framework = frameworks.findVersion(audit.frameworkId(), audit.frameworkHash());
        Map<String, SectionRow> first = bySection(store.sections(audit.id(), Rater.AUDITOR));
        Map<String, SectionRow> second = bySection(store.sections(audit.id(), Rater.MODERATOR));
        Map<String, AgreementRow> agreed = new HashMap<>();
        store.agreements(audit.id()).forEach(row -> agreed.put(row.section(), row));
        List<CriterionRow> auditorCriteria = store.criteria(audit.id(), Rater.AUDITOR);
        Map<String, CriterionRow> moderatorCriteria = new HashMap<>();
        store.criteria(audit.id(), Rater.MODERATOR).forEach(row -> moderatorCriteria.put(row.criterionId(), row));
        List<ModerationView.ComparedRating> ratings = new ArrayList<>();
        List<String> keys = new ArrayList<>(sectionOrder(framework, auditorCriteria));
        keys.add(SectionRow.OVERALL);
        for (String key : keys) {
            SectionRow a = first.get(key);
            SectionRow m = second.get(key);
            AgreementRow agreement = agreed.get(key);
            String auditorRating = showAuditor && a != null ? a.rating() : null;
            String moderatorRating = showModerator && m != null ? m.rating() : null;
            String agreedRating = showAuditor && agreement != null ? agreement.rating() : null;
            ratings.add(new ModerationView.ComparedRating(key,
                    SectionRow.OVERALL.equals(key) ? "Overall" : title(framework, key),
                    auditorRating, label(framework, auditorRating), moderatorRating, label(framework, moderatorRating),
                    showModerator && m != null ? m.derivedRating() : null,
                    showModerator && m != null ? m.overrideRationale() : null,
                    agreedRating, label(framework, agreedRating),
                    showAuditor && agreement != null ? agreement.rationale() : null));
        }
        List<ModerationView.ComparedCriterion> criteria = auditorCriteria.stream().map(row -> {
            CriterionRow m = moderatorCriteria.get(row.criterionId());
            return new ModerationView.ComparedCriterion(row.criterionId(), row.section(),
                    framework.flatMap(f -> f.criterion(row.criterionId())).map(Criterion::text).orElse(row.criterionId()),
                    row.suggestedResult(), row.explanation(), spans(row.evidenceJson()),
                    showAuditor ? row.result() : null, showAuditor ? row.comment() : null,
                    showModerator && m != null ? m.result() : null, showModerator && m != null ? m.comment() : null);
        }).toList();
        return new ModerationView(audit.id(), audit.status(), audit.moderationStatus(), audit.auditor(),
                audit.moderator(), !showAuditor, audit.lockVersion(), ratings, criteria);
    }

    AuditReportView report(AuditRow audit) {
        AuditView view = audit(audit);
        Optional<QaFramework> framework = frameworks.findVersion(audit.frameworkId(), audit.frameworkHash());
        List<AuditReportView.Section> sections = view.sections().stream().map(section -> new AuditReportView.Section(
                section.code(), section.title(), confirmed(section.rating()),
                section.criteria().stream().map(c -> new AuditReportView.Criterion(c.id(), c.text(), c.result(),
                        c.suggestedResult(), c.comment(), c.evidence().stream().map(EvidenceSpan::text).toList()))
                        .toList())).toList();
        List<AuditReportView.Finding> findings = view.findings().stream().map(f -> new AuditReportView.Finding(f.id(),
                f.kind(), f.section(), f.criterionId(), f.text(), f.evidence() == null ? null : f.evidence().text(),
                f.actionOwner(), f.actionDue(), f.actionStatus())).toList();
        return new AuditReportView(audit.id(), audit.planId(), audit.versionId(), audit.frameworkId(),
                framework.map(QaFramework::title).orElse(audit.frameworkId()), audit.frameworkVersion(),
                audit.status(), audit.auditor(), audit.moderator(), audit.team(), audit.caseworker(),
                audit.primaryNeed(), audit.phase(), audit.issueDate(), audit.auditedOn(), audit.finalisedAt(),
                confirmed(view.overall()), sections,
                findings.stream().filter(f -> f.kind() == FindingKind.STRENGTH).toList(),
                findings.stream().filter(f -> f.kind() == FindingKind.AREA_FOR_DEVELOPMENT).toList(),
                findings.stream().filter(f -> f.kind() == FindingKind.ACTION).toList());
    }

    String evidenceJson(List<EvidenceSpan> spans) {
        try {
            return mapper.writeValueAsString(spans);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    List<EvidenceSpan> spans(@Nullable String json) {
        if (json == null || json.isBlank()) {
            return List.of();
        }
        try {
            return mapper.readValue(json, SPANS);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The rating that counts for the report: the agreed one after moderation, else the auditor's. */
    private static AuditReportView.Rating confirmed(AuditView.RatingView rating) {
        if (rating.agreedRating() != null) {
            return new AuditReportView.Rating(rating.agreedRating(), rating.agreedLabel(), rating.derivedRating(),
                    rating.derivedLabel(), rating.agreedRationale());
        }
        return new AuditReportView.Rating(rating.rating(), rating.ratingLabel(), rating.derivedRating(),
                rating.derivedLabel(), rating.overrideRationale());
    }

    private static AuditView.RatingView rating(Optional<QaFramework> framework, @Nullable SectionRow row,
                                               @Nullable AgreementRow agreed) {
        String agreedRating = agreed == null ? null : agreed.rating();
        String agreedRationale = agreed == null ? null : agreed.rationale();
        if (row == null) {
            return agreed == null ? AuditView.RatingView.NONE : new AuditView.RatingView(null, null, null, null, null,
                    null, null, null, agreedRating, label(framework, agreedRating), agreedRationale);
        }
        return new AuditView.RatingView(row.derivedRating(), label(framework, row.derivedRating()), row.derivedScore(),
                row.overrideRating(), label(framework, row.overrideRating()), row.overrideRationale(), row.rating(),
                label(framework, row.rating()), agreedRating, label(framework, agreedRating), agreedRationale);
    }

    /**
     * A level's label in the framework's words, for every rating shown (an agreed or overridden rating once showed
     * its bare id). When the audit's framework version is no longer loaded, the id in plain words.
     */
    @Nullable
    static String label(Optional<QaFramework> framework, @Nullable String levelId) {
        if (levelId == null) {
            return null;
        }
        return framework.flatMap(f -> f.scale().level(levelId)).map(RatingLevel::label)
                .orElseGet(() -> plainWords(levelId));
    }

    private static String plainWords(String id) {
        String words = id.replace('-', ' ').replace('_', ' ').toLowerCase(Locale.ROOT).strip();
        return words.isEmpty() ? id : Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    private static List<String> sectionOrder(Optional<QaFramework> framework, List<CriterionRow> criteria) {
        if (framework.isPresent()) {
            return framework.get().sections().stream().map(section -> section.code().name()).toList();
        }
        return criteria.stream().map(CriterionRow::section).distinct().toList();
    }

    private static String title(Optional<QaFramework> framework, String code) {
        return framework.flatMap(f -> SectionCode.parse(code).flatMap(f::section)).map(FrameworkSection::displayTitle)
                .orElse(code);
    }

    private static Map<String, SectionRow> bySection(List<SectionRow> rows) {
        Map<String, SectionRow> map = new HashMap<>();
        rows.forEach(row -> map.put(row.section(), row));
        return map;
    }

    private static AuditView.FindingView finding(FindingRow row) {
        EvidenceSpan evidence = row.evidenceText() == null ? null : new EvidenceSpan(row.section(), row.evidenceText(),
                row.evidenceStart() == null ? 0 : row.evidenceStart(), row.evidenceEnd() == null ? 0 : row.evidenceEnd());
        return new AuditView.FindingView(row.id(), row.kind(), row.section(), row.criterionId(), row.text(), evidence,
                row.actionOwner(), row.actionDue(), row.actionStatus(), row.createdBy(), row.createdAt());
    }
}
