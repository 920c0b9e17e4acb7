package org.ehcpqa.scoring.evaluation;

import org.ehcpqa.plan.IssueStatus;
import org.ehcpqa.plan.PlanMetadata;
import org.ehcpqa.plan.PlanSection;
import org.ehcpqa.plan.PlanStatus;
import org.ehcpqa.plan.PlanView;
import org.ehcpqa.plan.SectionCode;

import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a hand-written evaluation plan as its author laid it out, the way the generator's truth
 * gives a generated plan's sections: every heading the house styles of these files use ("B)",
 * "Section B |", "PART B:", "Special educational needs (Section B)", "2. Section B -", "B/") starts
 * a section, and the front page's "Label: value" lines give the metadata. The figures then measure
 * the checks; how the service's own segmenter reads the same files is reported beside them.
 * A heading for all of section H ("Section H - Social care provision") gives one section coded H1
 * that covers both parts, as the generator's truth does for combined headings.
 */
final class HandWrittenPlanReader {

    private static final Pattern PREFIXED = Pattern.compile(
            "^(?:\\d{1,2}\\.\\s+)?(?:(?:Section|SECTION|Part|PART)\\s+)?(H[12]|H|[A-K])\\s*[).:/|\\-–(]\\s*\\S.*$");
    private static final Pattern SUFFIXED = Pattern.compile("^[A-Z][^()]{3,80}\\((?:Section|SECTION)\\s+(H[12]|[A-K])\\)\\s*$");
    private static final Pattern LABEL = Pattern.compile("^([A-Za-z'’ ]{2,40}):\\s*(\\S.*)$");
    private static final Pattern YEAR = Pattern.compile("\\b(Year \\d{1,2}|Reception|Nursery)\\b");
    private static final List<DateTimeFormatter> DATES = List.of(DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK),
            DateTimeFormatter.ofPattern("dd/MM/yyyy", Locale.UK));

    private HandWrittenPlanReader() {
    }

    static PlanView read(String text, String fileName, long id) {
        List<PlanSection> sections = new ArrayList<>();
        SectionCode code = null;
        String title = null;
        StringBuilder body = new StringBuilder();
        List<String> front = new ArrayList<>();
        for (String line : text.split("\n", -1)) {
            String trimmed = line.strip();
            SectionCode heading = heading(trimmed);
            if (heading != null && (code == null || heading.ordinal() > code.ordinal())) {
                if (code != null) {
                    sections.add(new PlanSection(code, title, body.toString().strip(), 1));
                }
                code = heading;
                title = trimmed;
                body.setLength(0);
            } else if (code == null) {
                front.add(trimmed);
            } else {
                body.append(line).append('\n');
            }
        }
        if (code != null) {
            sections.add(new PlanSection(code, title, body.toString().strip(), 1));
        }
        return new PlanView(id, id, 1, PlanStatus.PROCESSED, fileName, "", "text/plain", 1, metadata(front),
                sections, List.of(), null, null, null);
    }

    private static SectionCode heading(String line) {
        Matcher matcher = PREFIXED.matcher(line);
        String code = null;
        if (matcher.matches()) {
            code = matcher.group(1);
        } else if ((matcher = SUFFIXED.matcher(line)).matches()) {
            code = matcher.group(1);
        }
        if (code == null) {
            return null;
        }
        return code.equals("H") ? SectionCode.H1 : SectionCode.valueOf(code);
    }

    private static PlanMetadata metadata(List<String> front) {
        String name = null;
        LocalDate born = null;
        LocalDate issued = null;
        IssueStatus status = null;
        String setting = null;
        String year = null;
        for (String line : front) {
            Matcher matcher = LABEL.matcher(line);
            if (!matcher.matches()) {
                continue;
            }
            String label = matcher.group(1).toLowerCase(Locale.ROOT);
            String value = matcher.group(2).strip();
            if (label.contains("birth") || label.equals("dob")) {
                born = date(value);
            } else if (label.contains("issue") || label.equals("date of plan")) {
                issued = date(value);
            } else if (label.contains("status")) {
                status = value.toLowerCase(Locale.ROOT).contains("draft") ? IssueStatus.DRAFT : IssueStatus.FINAL;
            } else if (label.contains("name") || label.equals("child") || label.equals("child or young person")) {
                name = value;
            } else if (label.contains("year group")) {
                year = value;
            } else if (label.contains("school") || label.contains("setting") || label.contains("placement")) {
                setting = value;
                Matcher inBrackets = YEAR.matcher(value);
                if (year == null && inBrackets.find()) {
                    year = inBrackets.group(1);
                }
            }
        }
        Integer age = born != null && issued != null ? Period.between(born, issued).getYears() : null;
        return new PlanMetadata(name, born, issued, status, null, setting, age, year);
    }

    private static LocalDate date(String value) {
        for (DateTimeFormatter format : DATES) {
            try {
                return LocalDate.parse(value, format);
            } catch (DateTimeParseException e) {
                // try the next layout
            }
        }
        return null;
    }
}
