package org.ehcpqa.ingest;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import org.ehcpqa.plan.IssueStatus;
import org.ehcpqa.plan.PlanMetadata;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the front page of a plan (the lines before its first section) for the child's name, date of
 * birth, issue date, status and primary need, and section I for the setting. Front pages are either
 * "Label: value" lines or two-column tables, where the value follows the label after a tab or on the
 * next line. Age and school year are worked out at the issue date.
 */
@Singleton
public class MetadataExtractor {

    /** A Welsh or second-language label after a slash ("Name / Enw:") is allowed before the separator. */
    private static final String LABEL_END = "(?:\\s*/\\s*[\\p{L}'\u2019 ]{1,30})?\\s*(?:[:\\-\u2013\t]\\s*|$)(.*)$";
    /** Bilingual councils may put the Welsh label first: "Enw / Name:". */
    private static final String WELSH_FIRST = "(?:[\\p{L}'\u2019 ]{1,30}/\\s*)?";
    private static final Pattern NAME = label("(?:(?:the\\s+)?child(?:['\u2019]s)?(?:\\s+or\\s+young\\s+person(?:['\u2019]s)?)?"
            + "|young\\s+person(?:['\u2019]s)?|pupil(?:['\u2019]s)?|learner(?:['\u2019]s)?)?\\s*(?:full\\s+|legal\\s+)?name"
            + "(?:\\s+of\\s+(?:the\\s+)?(?:child|young\\s+person|child\\s+or\\s+young\\s+person))?"
            + "|child(?:\\s+or\\s+young\\s+person)?|young\\s+person|pupil|learner");
    private static final Pattern DATE_OF_BIRTH = label("(?:date\\s+of\\s+birth|d\\.?\\s?o\\.?\\s?b\\.?|birth\\s+date)");
    private static final Pattern ISSUE_DATE = label("(?:date\\s+(?:of\\s+)?(?:issue|plan\\s+issued|this\\s+plan|the\\s+plan|plan)"
            + "|(?:plan\\s+)?issue\\s+date|date\\s+(?:plan\\s+)?issued|date\\s+(?:of\\s+)?(?:final|draft|amended)\\s+plan(?:\\s+issued)?"
            + "|(?:final\\s+|draft\\s+|amended\\s+)?plan\\s+date|issued(?:\\s+on)?|date\\s+finalised"
            + "|date\\s+(?:this\\s+|the\\s+)?plan\\s+(?:was\\s+)?(?:issued|finalised|made|signed))");
    private static final Pattern STATUS = label("(?:plan\\s+|document\\s+)?status");
    private static final Pattern PRIMARY_NEED = label("(?:primary|main)\\s+(?:area\\s+of\\s+)?(?:(?:sen(?:d)?|special\\s+educational)\\s+)?(?:needs?|sen(?:d)?)(?:\\s+type)?(?:\\s*\\(sen2\\))?");
    private static final Pattern STATUS_WORD = Pattern.compile("(?i)\\b(draft|final|finalised|amended|amendment)\\b");
    private static final Pattern PLAN_WORD = Pattern.compile("(?i)\\b(?:plan|ehcp|ehc)\\b");
    private static final Pattern SETTING_LABEL = Pattern.compile("(?i)^(?:the\\s+)?(?:name\\s+(?:and\\s+type\\s+)?of\\s+(?:the\\s+)?"
            + "(?:school|setting|college|placement|education\\s+setting)|school|setting|placement|college)[^:\t]{0,40}[:\t]\\s*(\\S.*)$");
    private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[\\s,;:.]+$");

    private final PlanDateParser dates;
    private final PrimaryNeedClassifier needs;
    private final EnglishSchoolYear schoolYear;

    public MetadataExtractor(PlanDateParser dates, PrimaryNeedClassifier needs, EnglishSchoolYear schoolYear) {
        this.dates = dates;
        this.needs = needs;
        this.schoolYear = schoolYear;
    }

    private static Pattern label(String words) {
        return Pattern.compile("(?i)^" + WELSH_FIRST + "(?:" + words + ")" + LABEL_END);
    }

    /**
     * @param frontLines    the non-blank lines before the first section, running headers removed
     * @param placementText section I's body, or null when the plan has none
     */
    public PlanMetadata extract(List<String> frontLines, @Nullable String placementText) {
        String name = value(frontLines, NAME).map(MetadataExtractor::cleanName).orElse(null);
        LocalDate dob = value(frontLines, DATE_OF_BIRTH).flatMap(dates::firstDate).orElse(null);
        LocalDate issued = value(frontLines, ISSUE_DATE).flatMap(dates::firstDate).orElse(null);
        IssueStatus status = value(frontLines, STATUS).map(MetadataExtractor::status)
                .orElseGet(() -> statusFromTitle(frontLines));
        String need = value(frontLines, PRIMARY_NEED).flatMap(needs::classify).orElse(null);
        String setting = placementText == null ? null : setting(placementText);
        Integer age = dob != null && issued != null && !issued.isBefore(dob) ? schoolYear.age(dob, issued) : null;
        String year = dob != null && issued != null && !issued.isBefore(dob) ? schoolYear.yearGroup(dob, issued) : null;
        return new PlanMetadata(name, dob, issued, status, need, setting, age, year);
    }

    /** The value of the first line carrying the label, on the same line or, in a table, the next one. */
    private static Optional<String> value(List<String> lines, Pattern label) {
        for (int i = 0; i < lines.size(); i++) {
            Matcher m = label.matcher(lines.get(i));
            if (m.matches()) {
                String value = m.group(1).strip();
                if (value.isEmpty() && i + 1 < lines.size()) {
                    value = lines.get(i + 1).strip();
                }
                if (!value.isEmpty()) {
                    return Optional.of(value);
                }
            }
        }
        return Optional.empty();
    }

    private static String cleanName(String value) {
        String firstCell = value.split("\t")[0];
        return TRAILING_PUNCTUATION.matcher(firstCell).replaceAll("").strip();
    }

    private static IssueStatus status(String value) {
        Matcher m = STATUS_WORD.matcher(value);
        if (!m.find()) {
            return IssueStatus.UNKNOWN;
        }
        return switch (m.group(1).toLowerCase(Locale.ROOT)) {
            case "draft" -> IssueStatus.DRAFT;
            case "amended", "amendment" -> IssueStatus.AMENDED;
            default -> IssueStatus.FINAL;
        };
    }

    /** "DRAFT Education, Health and Care Plan" on a front page with no status label. */
    private static IssueStatus statusFromTitle(List<String> lines) {
        for (String line : lines) {
            if (line.length() < 100 && PLAN_WORD.matcher(line).find() && STATUS_WORD.matcher(line).find()) {
                return status(line);
            }
        }
        return null;
    }

    private static String setting(String placementText) {
        String first = null;
        for (String line : placementText.split("\n")) {
            String stripped = line.strip();
            if (stripped.isEmpty()) {
                continue;
            }
            Matcher m = SETTING_LABEL.matcher(stripped);
            if (m.matches()) {
                return TRAILING_PUNCTUATION.matcher(m.group(1)).replaceAll("");
            }
            if (first == null) {
                first = stripped;
            }
        }
        return first == null ? null : TRAILING_PUNCTUATION.matcher(first).replaceAll("");
    }
}
