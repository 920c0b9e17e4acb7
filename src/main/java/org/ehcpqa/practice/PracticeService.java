package org.ehcpqa.practice;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.ehcpqa.audit.AuditLookups;
import org.ehcpqa.audit.AuditService;
import org.ehcpqa.audit.AuditView;
import org.ehcpqa.trend.TrendService;
import org.ehcpqa.trend.TrendTable;
import org.ehcpqa.web.ProblemException;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/** Practice events, their audit-cycle samples and what they draw on. */
@Singleton
public class PracticeService {

    private static final int SUGGESTED_THEMES = 5;
    private static final Set<String> STRATA = Set.of("TEAM", "PHASE", "NEED", "NONE");

    private final PracticeStore store;
    private final AuditLookups lookups;
    private final AuditService audits;
    private final TrendService trends;
    private final String defaultFramework;

    PracticeService(PracticeStore store, AuditLookups lookups, AuditService audits, TrendService trends,
                    @Value("${ehcpqa.assessment.default-framework:statutory-baseline}") String defaultFramework) {
        this.store = store;
        this.lookups = lookups;
        this.audits = audits;
        this.trends = trends;
        this.defaultFramework = defaultFramework;
    }

    @Transactional
    public PracticeEventView create(PracticeRequests.Event request, String user) {
        validate(request);
        long id = store.insert(request.type(), request.date(), request.title().trim(), request.notes(),
                request.framework(), user);
        replaceChildren(id, request);
        return view(id);
    }

    @Transactional
    public PracticeEventView replace(long id, PracticeRequests.Event request, @Nullable Integer version) {
        validate(request);
        if (version == null) {
            throw new ProblemException(428, "version-required", "Version required", "Say which version of practice"
                    + " event " + id + " your change is based on, in an If-Match header or a \"version\" field.");
        }
        PracticeStore.EventRow before = store.find(id)
                .orElseThrow(() -> ProblemException.notFound("Practice event " + id));
        if (store.update(id, version, request.type(), request.date(), request.title().trim(), request.notes(),
                request.framework()) == 0) {
            PracticeStore.EventRow current = store.find(id)
                    .orElseThrow(() -> ProblemException.notFound("Practice event " + id));
            throw new ProblemException(409, "edit-conflict", "Edit conflict", "Practice event " + id + " was changed"
                    + " by someone else after you read it (you had version " + version + ", it is now at version "
                    + current.version() + "). Reload it and make your change again.");
        }
        // Checked after the version, so a stale change is told it is stale; the refusal rolls the update back.
        keepsWhatTheSampleWasDrawnWith(before, request);
        replaceChildren(id, request);
        return view(id);
    }

    @Transactional(readOnly = true)
    public PracticeEventView view(long id) {
        PracticeStore.EventRow event = store.find(id).orElseThrow(() -> ProblemException.notFound("Practice event " + id));
        List<Long> auditIds = store.longs("SELECT audit_id FROM practice_event_audit WHERE event_id = ? ORDER BY audit_id", id);
        List<Long> findingIds = store.longs("SELECT finding_id FROM practice_event_finding WHERE event_id = ?"
                + " ORDER BY finding_id", id);
        return new PracticeEventView(event.id(), event.type(), event.date(), event.title(), event.framework(),
                store.strings("SELECT team FROM practice_event_team WHERE event_id = ? ORDER BY team", id),
                store.strings("SELECT name FROM practice_event_attendee WHERE event_id = ? ORDER BY name", id),
                lookups.summaries(auditIds), lookups.findings(findingIds), store.themes(id),
                lookups.mostOftenNotMet(auditIds, SUGGESTED_THEMES), store.actions(id), event.notes(),
                event.createdBy(), event.version());
    }

    @Transactional(readOnly = true)
    public List<PracticeEventView> list(@Nullable PracticeEventType type, @Nullable LocalDate from,
                                        @Nullable LocalDate to) {
        return store.list(type, from, to).stream().map(row -> view(row.id())).toList();
    }

    /**
     * Practice events as lines of a list, newest first: no audits, findings or themes are read, so a page can list
     * hundreds of events (or offer them in a select) with one query.
     */
    @Transactional(readOnly = true)
    public List<PracticeEventLine> lines(@Nullable PracticeEventType type, @Nullable LocalDate from,
                                         @Nullable LocalDate to) {
        return store.list(type, from, to).stream().map(row -> new PracticeEventLine(row.id(), row.type(), row.date(),
                row.title(), row.createdBy())).toList();
    }

    /**
     * Samples plans for an audit cycle and opens a draft audit of each, assigned round-robin to the auditors in the
     * order given; all in one transaction, so a failure opens none.
     */
    @Transactional
    public SampleResult sample(long id, PracticeRequests.Sample request, String user) {
        PracticeStore.EventRow event = store.find(id).orElseThrow(() -> ProblemException.notFound("Practice event " + id));
        if (event.type() != PracticeEventType.AUDIT_CYCLE) {
            throw invalid("Only an audit cycle draws a sample; practice event " + id + " is a " + event.type() + ".");
        }
        List<String> auditors = request.auditors() == null ? List.of()
                : request.auditors().stream().filter(Objects::nonNull).map(String::trim).filter(a -> !a.isEmpty()).toList();
        if (auditors.isEmpty()) {
            throw invalid("Name at least one auditor to assign the sampled plans to.");
        }
        if (request.from() == null || request.to() == null || request.to().isBefore(request.from())) {
            throw invalid("Give the period the plans were issued in: from and to, with from on or before to.");
        }
        String stratifyBy = request.stratifyBy() == null ? "NONE" : request.stratifyBy().trim().toUpperCase(Locale.ROOT);
        if (!STRATA.contains(stratifyBy)) {
            throw invalid("stratifyBy must be TEAM, PHASE, NEED or NONE.");
        }
        String flag = request.flag() == null || request.flag().isBlank() ? null : request.flag().trim();
        if (flag == null && (request.count() == null || request.count() < 1)) {
            throw invalid("Say how many plans to sample (count of at least 1), or give a flag to take every plan"
                    + " that raised it.");
        }
        String framework = request.framework() != null ? request.framework()
                : event.framework() != null ? event.framework() : defaultFramework;
        long seed = request.seed() == null ? id : request.seed();
        var population = store.population(request.from(), request.to(), flag == null ? stratifyBy : "NONE", flag,
                framework);
        int count = flag == null ? request.count() : Integer.MAX_VALUE;
        StratifiedSample.Drawn drawn = StratifiedSample.draw(population, count, seed);
        List<SampleResult.Assigned> assigned = new ArrayList<>();
        List<Long> opened = new ArrayList<>();
        int next = 0;
        for (StratifiedSample.Member member : drawn.members()) {
            String auditor = auditors.get(next++ % auditors.size());
            AuditView audit = audits.open(member.planId(), null, framework, auditor, user, "SAMPLED");
            opened.add(audit.id());
            assigned.add(new SampleResult.Assigned(audit.id(), member.planId(), auditor, member.stratum()));
        }
        store.linkAudits(id, opened);
        store.bump(id);
        List<SampleResult.Stratum> strata = new ArrayList<>();
        drawn.population().forEach((stratum, size) -> strata.add(new SampleResult.Stratum(stratum, size,
                drawn.allocation().get(stratum))));
        return new SampleResult(id, flag == null ? stratifyBy : "FLAG " + flag, seed, strata, assigned);
    }

    /** Whether the event is an audit cycle whose sample was drawn: its audits were opened against its framework. */
    @Transactional(readOnly = true)
    public boolean sampled(long id) {
        PracticeStore.EventRow event = store.find(id).orElseThrow(() -> ProblemException.notFound("Practice event " + id));
        return sampled(event);
    }

    /** The ratings of the attending teams before and after the event. */
    @Transactional(readOnly = true)
    public TrendTable beforeAndAfter(long id, int months, @Nullable String section) {
        PracticeStore.EventRow event = store.find(id).orElseThrow(() -> ProblemException.notFound("Practice event " + id));
        List<String> teams = store.strings("SELECT team FROM practice_event_team WHERE event_id = ? ORDER BY team", id);
        return trends.beforeAndAfter(event.framework(), event.date(), teams, months, section);
    }

    private void replaceChildren(long id, PracticeRequests.Event request) {
        List<PracticeEventView.Theme> themes = request.themes() == null ? List.of() : request.themes().stream()
                .filter(theme -> theme != null && theme.text() != null && !theme.text().isBlank()).toList();
        List<PracticeEventView.Action> actions = new ArrayList<>();
        for (PracticeEventView.Action action : request.actions() == null ? List.<PracticeEventView.Action>of()
                : request.actions()) {
            if (action.text() == null || action.text().isBlank()) {
                throw invalid("Every action needs a text.");
            }
            String status = action.status() == null ? "OPEN" : action.status().trim().toUpperCase(Locale.ROOT);
            if (!status.equals("OPEN") && !status.equals("DONE")) {
                throw invalid("An action's status is OPEN or DONE, not " + action.status() + ".");
            }
            actions.add(new PracticeEventView.Action(action.text().trim(), action.owner(), action.due(), status));
        }
        List<Long> auditIds = distinct(request.auditIds());
        if (lookups.summaries(auditIds).size() != auditIds.size()) {
            throw invalid("Some of the linked audits do not exist: " + auditIds + ".");
        }
        List<Long> findingIds = distinct(request.findingIds());
        if (lookups.findings(findingIds).size() != findingIds.size()) {
            throw invalid("Some of the linked findings do not exist: " + findingIds + ".");
        }
        store.replaceChildren(id, distinctText(request.teams()), distinctText(request.attendees()), auditIds,
                findingIds, themes, actions);
    }

    private boolean sampled(PracticeStore.EventRow event) {
        return event.type() == PracticeEventType.AUDIT_CYCLE && !store.longs("SELECT audit_id FROM"
                + " practice_event_audit WHERE event_id = ? LIMIT 1", event.id()).isEmpty();
    }

    /**
     * A drawn sample's audits were opened against the cycle's framework, and its report and trends read them as the
     * cycle's: the event stays an audit cycle of that framework.
     */
    private void keepsWhatTheSampleWasDrawnWith(PracticeStore.EventRow before, PracticeRequests.Event request) {
        if (!sampled(before)) {
            return;
        }
        if (request.type() != PracticeEventType.AUDIT_CYCLE) {
            throw invalid("Practice event " + before.id() + " drew a sample, so it stays an audit cycle.");
        }
        if (!Objects.equals(blankToNull(request.framework()), blankToNull(before.framework()))) {
            throw invalid("Practice event " + before.id() + " drew a sample, so its framework cannot change.");
        }
    }

    @Nullable
    private static String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    private static void validate(PracticeRequests.Event request) {
        if (request.type() == null) {
            throw invalid("A practice event needs a type: AUDIT_CYCLE, MODERATION_SESSION, PRACTICE_LEARNING or"
                    + " TRAINING.");
        }
        if (request.date() == null) {
            throw invalid("A practice event needs a date.");
        }
        if (request.title() == null || request.title().isBlank()) {
            throw invalid("A practice event needs a title.");
        }
    }

    private static List<Long> distinct(@Nullable List<Long> ids) {
        return ids == null ? List.of() : ids.stream().filter(Objects::nonNull).distinct().toList();
    }

    private static List<String> distinctText(@Nullable List<String> values) {
        return values == null ? List.of() : values.stream().filter(Objects::nonNull).map(String::trim)
                .filter(v -> !v.isEmpty()).distinct().toList();
    }

    private static ProblemException invalid(String detail) {
        return new ProblemException(422, "invalid-practice-event", "Invalid practice event", detail);
    }
}
