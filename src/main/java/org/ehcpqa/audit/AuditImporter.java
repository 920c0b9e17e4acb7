package org.ehcpqa.audit;

import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.ehcpqa.framework.FrameworkRegistry;
import org.ehcpqa.framework.QaFramework;
import org.ehcpqa.framework.RatingLevel;
import org.ehcpqa.plan.PlanService;
import org.ehcpqa.plan.PlanView;
import org.ehcpqa.plan.SectionCode;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Imports historical audits from a council's spreadsheet (CSV or XLSX) so its trend history is kept. All or
 * nothing: every row is checked first, and a file with any bad row is refused with one sentence per bad row,
 * naming its row number as the spreadsheet shows it (the header is row 1); only a clean file is stored, in one
 * transaction. Each row becomes a FINAL audit of origin IMPORTED, counted in the trends like any other.
 */
@Singleton
public class AuditImporter {

    private static final int MAX_ERRORS = 100;
    private static final Set<String> PHASES = Set.of(Phase.EARLY_YEARS, Phase.PRIMARY, Phase.SECONDARY, Phase.POST_16);

    private final AuditStore store;
    private final AuditService audits;
    private final FrameworkRegistry frameworks;
    private final PlanService plans;
    private final ApplicationEventPublisher<AuditFinalised> events;
    private final String defaultFramework;

    AuditImporter(AuditStore store, AuditService audits, FrameworkRegistry frameworks, PlanService plans,
                  ApplicationEventPublisher<AuditFinalised> events,
                  @Value("${ehcpqa.assessment.default-framework:statutory-baseline}") String defaultFramework) {
        this.store = store;
        this.audits = audits;
        this.frameworks = frameworks;
        this.plans = plans;
        this.events = events;
        this.defaultFramework = defaultFramework;
    }

    /** Thrown when the file holds bad rows; carries one sentence per problem. */
    static final class Rejected extends RuntimeException {

        private final List<String> errors;

        Rejected(String detail, List<String> errors) {
            super(detail);
            this.errors = List.copyOf(errors);
        }

        List<String> errors() {
            return errors;
        }
    }

    private record Parsed(int row, LocalDate auditedOn, String auditor, @Nullable String team,
                          @Nullable String caseworker, @Nullable String need, @Nullable String phase,
                          @Nullable LocalDate issueDate, @Nullable Long planId, Map<String, String> ratings,
                          Map<String, Judgement> criteria) {
    }

    @Transactional
    public ImportReport importFile(String fileName, byte[] content, ImportMapping mapping, String user) {
        if (mapping == null || mapping.columns() == null || blank(mapping.columns().auditedOn())
                || blank(mapping.columns().overall())) {
            throw AuditProblems.invalid("invalid-mapping", "The column mapping must name at least the auditedOn and"
                    + " overall columns.");
        }
        String frameworkId = blank(mapping.framework()) ? defaultFramework : mapping.framework().trim();
        QaFramework framework = frameworks.find(frameworkId).orElseThrow(() -> AuditProblems.invalid("invalid-mapping",
                "Framework '" + frameworkId + "' is not active, so its scale cannot be read."));
        List<List<String>> rows;
        try {
            rows = SheetReader.read(fileName, content);
        } catch (IOException | RuntimeException e) {
            throw AuditProblems.invalid("unreadable-file", "The file could not be read as CSV or XLSX ("
                    + e.getClass().getSimpleName() + ").");
        }
        if (rows.isEmpty()) {
            throw AuditProblems.invalid("unreadable-file", "The file is empty: it needs a header row and a row per audit.");
        }
        Map<String, Integer> header = new HashMap<>();
        for (int i = 0; i < rows.get(0).size(); i++) {
            header.putIfAbsent(key(rows.get(0).get(i)), i);
        }
        ImportMapping.Columns columns = mapping.columns();
        List<String> errors = new ArrayList<>();
        Map<String, String> sectionColumns = new LinkedHashMap<>();
        if (columns.sections() != null) {
            columns.sections().forEach((section, column) -> {
                Optional<SectionCode> code = SectionCode.parse(section);
                if (code.isEmpty() || framework.section(code.get()).isEmpty()) {
                    errors.add("Mapping: \"" + section + "\" is not a section that " + framework.id() + " rates.");
                } else {
                    sectionColumns.put(code.get().name(), column);
                }
            });
        }
        Map<String, String> criterionColumns = new LinkedHashMap<>();
        if (columns.criteria() != null) {
            columns.criteria().forEach((criterion, column) -> {
                if (framework.criterion(criterion).isEmpty()) {
                    errors.add("Mapping: criterion " + criterion + " is not part of " + framework.id() + ".");
                } else {
                    criterionColumns.put(criterion, column);
                }
            });
        }
        List<String> named = new ArrayList<>(List.of(columns.auditedOn(), columns.overall()));
        for (String optional : new String[] {columns.auditor(), columns.team(), columns.caseworker(),
                columns.primaryNeed(), columns.phase(), columns.issueDate(), columns.planId()}) {
            if (!blank(optional)) {
                named.add(optional);
            }
        }
        named.addAll(sectionColumns.values());
        named.addAll(criterionColumns.values());
        for (String column : named) {
            if (!header.containsKey(key(column))) {
                errors.add("Mapping: the header row has no column \"" + column + "\".");
            }
        }
        if (!errors.isEmpty()) {
            throw new Rejected("The column mapping does not fit the file; nothing was imported.", errors);
        }
        DateTimeFormatter dates = blank(mapping.dateFormat()) ? DateTimeFormatter.ISO_LOCAL_DATE
                : DateTimeFormatter.ofPattern(mapping.dateFormat().trim().replace("yyyy", "uuuu").replace("yy", "uu"),
                        Locale.UK).withResolverStyle(java.time.format.ResolverStyle.STRICT);
        List<Parsed> parsed = new ArrayList<>();
        for (int r = 1; r < rows.size(); r++) {
            List<String> row = rows.get(r);
            if (row.stream().allMatch(String::isBlank)) {
                continue;
            }
            int number = r + 1;
            List<String> rowErrors = new ArrayList<>();
            LocalDate auditedOn = date(cell(row, header, columns.auditedOn()), dates, number, "audit date", true,
                    rowErrors);
            LocalDate issued = date(cell(row, header, columns.issueDate()), dates, number, "issue date", false,
                    rowErrors);
            Map<String, String> ratings = new LinkedHashMap<>();
            String overall = rating(framework, mapping, cell(row, header, columns.overall()), number, "overall",
                    true, rowErrors);
            sectionColumns.forEach((section, column) -> {
                String value = rating(framework, mapping, cell(row, header, column), number, "section " + section,
                        false, rowErrors);
                if (value != null) {
                    ratings.put(section, value);
                }
            });
            if (overall != null) {
                ratings.put(SectionRow.OVERALL, overall);
            }
            Map<String, Judgement> criteria = new LinkedHashMap<>();
            criterionColumns.forEach((criterion, column) -> {
                Judgement judgement = judgement(mapping, cell(row, header, column), number, criterion, rowErrors);
                if (judgement != null) {
                    criteria.put(criterion, judgement);
                }
            });
            String phase = phase(cell(row, header, columns.phase()), number, rowErrors);
            String need = cell(row, header, columns.primaryNeed());
            if (need != null && need.length() > 10) {
                rowErrors.add("Row " + number + ": primary need \"" + need + "\" is not an SEN2 code such as ASD or SLCN.");
            }
            Long planId = planId(cell(row, header, columns.planId()), number, rowErrors);
            String auditor = cell(row, header, columns.auditor());
            errors.addAll(rowErrors);
            if (rowErrors.isEmpty()) {
                parsed.add(new Parsed(number, auditedOn, auditor == null ? user : auditor,
                        cell(row, header, columns.team()), cell(row, header, columns.caseworker()),
                        need == null ? null : need.toUpperCase(Locale.ROOT), phase, issued, planId, ratings, criteria));
            }
        }
        if (!errors.isEmpty()) {
            List<String> shown = errors.size() > MAX_ERRORS ? new ArrayList<>(errors.subList(0, MAX_ERRORS)) : errors;
            if (errors.size() > MAX_ERRORS) {
                shown.add("... and " + (errors.size() - MAX_ERRORS) + " more.");
            }
            throw new Rejected(errors.size() + " problem(s) in " + fileName + "; nothing was imported. Correct the"
                    + " rows listed and import the whole file again.", shown);
        }
        if (parsed.isEmpty()) {
            throw AuditProblems.invalid("unreadable-file", "The file has a header row but no audits.");
        }
        List<Long> ids = new ArrayList<>();
        for (Parsed row : parsed) {
            ids.add(store(framework, row, fileName, user));
        }
        return new ImportReport(fileName, parsed.size(), ids);
    }

    private long store(QaFramework framework, Parsed row, String fileName, String user) {
        String team = row.team();
        String caseworker = row.caseworker();
        if (row.planId() != null) {
            PlanView plan = plans.find(row.planId()).orElseThrow();
            team = team != null ? team : plan.team();
            caseworker = caseworker != null ? caseworker : plan.caseworker();
        }
        Instant when = row.auditedOn().atStartOfDay(java.time.ZoneOffset.UTC).toInstant();
        long id = store.insertAudit(new AuditRow(0, row.planId(), null, framework.id(), framework.hash(),
                framework.version(), AuditStatus.FINAL, "IMPORTED", row.auditor(), null, null, team, caseworker,
                row.need(), row.phase(), row.issueDate(), row.auditedOn(), 0, user, Instant.now(), Instant.now(),
                when, null, when));
        List<SectionRow> sections = new ArrayList<>();
        row.ratings().forEach((section, rating) -> sections.add(new SectionRow(section, rating, null, null, null)));
        store.saveDerived(id, Rater.AUDITOR, sections);
        List<CriterionRow> criteria = new ArrayList<>();
        int position = 0;
        for (Map.Entry<String, Judgement> entry : row.criteria().entrySet()) {
            String section = framework.criterion(entry.getKey()).orElseThrow().section().name();
            criteria.add(new CriterionRow(entry.getKey(), section, position++, null, null, null, null, entry.getValue(),
                    null));
        }
        if (!criteria.isEmpty()) {
            store.insertCriteria(id, Rater.AUDITOR, criteria);
        }
        store.trail(id, user, List.<String[]>of(new String[] {"audit", null, "imported from " + fileName + " row "
                + row.row()}));
        events.publishEvent(audits.confirmed(store.find(id).orElseThrow()));
        return id;
    }

    private static String rating(QaFramework framework, ImportMapping mapping, @Nullable String value, int row,
                                 String what, boolean required, List<String> errors) {
        if (value == null) {
            if (required) {
                errors.add("Row " + row + ": the " + what + " rating is missing.");
            }
            return null;
        }
        String mapped = mapping.ratings() == null ? null : lookup(mapping.ratings(), value);
        String candidate = mapped != null ? mapped : value;
        for (RatingLevel level : framework.scale().levels()) {
            if (level.id().equalsIgnoreCase(candidate.trim()) || level.label().equalsIgnoreCase(candidate.trim())) {
                return level.id();
            }
        }
        errors.add("Row " + row + ": the " + what + " rating \"" + value + "\" is not a level of " + framework.id()
                + " (" + String.join(", ", framework.scale().levels().stream().map(RatingLevel::label).toList())
                + "); map it under \"ratings\".");
        return null;
    }

    private static Judgement judgement(ImportMapping mapping, @Nullable String value, int row, String criterion,
                                       List<String> errors) {
        if (value == null) {
            return null;
        }
        String mapped = mapping.results() == null ? null : lookup(mapping.results(), value);
        String candidate = (mapped != null ? mapped : value).trim().toUpperCase(Locale.ROOT).replace(' ', '_');
        try {
            return Judgement.valueOf(candidate);
        } catch (IllegalArgumentException e) {
            errors.add("Row " + row + ": criterion " + criterion + " has \"" + value + "\", which is not MET,"
                    + " PARTLY_MET, NOT_MET or NOT_APPLICABLE; map it under \"results\".");
            return null;
        }
    }

    private static LocalDate date(@Nullable String value, DateTimeFormatter format, int row, String what,
                                  boolean required, List<String> errors) {
        if (value == null) {
            if (required) {
                errors.add("Row " + row + ": the " + what + " is missing.");
            }
            return null;
        }
        try {
            return LocalDate.parse(value.trim(), value.trim().matches("\\d{4}-\\d{2}-\\d{2}")
                    ? DateTimeFormatter.ISO_LOCAL_DATE : format);
        } catch (DateTimeParseException e) {
            errors.add("Row " + row + ": the " + what + " \"" + value + "\" is not a date in the expected format.");
            return null;
        }
    }

    private static String phase(@Nullable String value, int row, List<String> errors) {
        if (value == null) {
            return null;
        }
        String normalised = value.trim().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        if (!PHASES.contains(normalised)) {
            errors.add("Row " + row + ": phase \"" + value + "\" is not Early years, Primary, Secondary or Post-16.");
            return null;
        }
        return normalised;
    }

    private Long planId(@Nullable String value, int row, List<String> errors) {
        if (value == null) {
            return null;
        }
        try {
            long id = Long.parseLong(value.trim());
            if (plans.find(id).isEmpty()) {
                errors.add("Row " + row + ": plan " + id + " is not held here; leave the plan column empty for plans"
                        + " that were never loaded.");
                return null;
            }
            return id;
        } catch (NumberFormatException e) {
            errors.add("Row " + row + ": plan id \"" + value + "\" is not a number.");
            return null;
        }
    }

    private static String lookup(Map<String, String> map, String value) {
        for (Map.Entry<String, String> entry : map.entrySet()) {
            if (entry.getKey().trim().equalsIgnoreCase(value.trim())) {
                return entry.getValue();
            }
        }
        return null;
    }

    @Nullable
    private static String cell(List<String> row, Map<String, Integer> header, @Nullable String column) {
        if (blank(column)) {
            return null;
        }
        Integer index = header.get(key(column));
        if (index == null || index >= row.size() || row.get(index).isBlank()) {
            return null;
        }
        return row.get(index).trim();
    }

    private static String key(String column) {
        return column == null ? "" : column.trim().toLowerCase(Locale.ROOT);
    }

    private static boolean blank(@Nullable String value) {
        return value == null || value.isBlank();
    }

}
