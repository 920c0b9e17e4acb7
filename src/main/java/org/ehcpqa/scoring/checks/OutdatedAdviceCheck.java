package org.ehcpqa.scoring.checks;

import jakarta.inject.Singleton;
import org.ehcpqa.plan.SectionCode;
import org.ehcpqa.scoring.Check;
import org.ehcpqa.scoring.CheckCode;
import org.ehcpqa.scoring.CheckOutcome;
import org.ehcpqa.scoring.CheckParams;
import org.ehcpqa.scoring.Evidence;
import org.ehcpqa.scoring.Finding;
import org.ehcpqa.scoring.PlanForScoring;
import org.ehcpqa.scoring.lexicon.Lexicons;
import org.ehcpqa.scoring.text.DateFinder;
import org.ehcpqa.scoring.text.DateFinder.FoundDate;
import org.ehcpqa.scoring.text.Item;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;

/**
 * Advice older than the plan's review cycle is likely stale. A plan must be reviewed within 12
 * months (Children and Families Act 2014 s44), and for a child under five every 3 to 6 months (CoP
 * 9.178), so advice older than that cycle at the issue date no longer describes the child; reusing
 * it needs the agreement regulation 6(4) asks for. The latest date in an entry is taken as its date.
 * Params: {@code maxAgeMonths} (default 12), {@code maxAgeMonthsUnderFive} (default 6),
 * {@code allowed} (default 0).
 */
@Singleton
public class OutdatedAdviceCheck implements Check {

    private static final DateTimeFormatter SPOKEN = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    @Override
    public CheckCode code() {
        return CheckCode.OUTDATED_ADVICE;
    }

    @Override
    public CheckOutcome run(PlanForScoring plan, CheckParams params, Lexicons lexicons) {
        LocalDate issued = plan.metadata().issueDate();
        List<Item> entries = AdviceEntries.of(plan, lexicons.adviceTypes());
        if (issued == null || entries.isEmpty()) {
            return CheckOutcome.notApplicable(code(), issued == null
                    ? "The plan's issue date is not known, so the age of advice cannot be judged."
                    : "Section K lists no advice.");
        }
        int limit = underFive(plan) ? params.intValue("maxAgeMonthsUnderFive", 6) : params.intValue("maxAgeMonths", 12);
        List<Finding> findings = new ArrayList<>();
        int dated = 0;
        for (Item entry : entries) {
            FoundDate latest = null;
            for (FoundDate date : DateFinder.find(entry.text())) {
                if (!date.date().isAfter(issued) && (latest == null || date.date().isAfter(latest.date()))) {
                    latest = date;
                }
            }
            if (latest == null) {
                continue;
            }
            dated++;
            long months = ChronoUnit.MONTHS.between(latest.date(), issued);
            if (months > limit) {
                Evidence evidence = new Evidence(entry.start() + latest.start(), entry.start() + latest.end(), latest.text());
                findings.add(Finding.of(SectionCode.K, evidence, JudgedItems.where(SectionCode.K, entry) + ", "
                        + AdviceEntries.describe(entry, lexicons.adviceTypes()) + " dated " + latest.text() + ", was "
                        + months + " months old when the plan was issued on " + issued.format(SPOKEN)
                        + "; advice older than " + limit + " months may no longer describe the child."));
            }
        }
        if (dated == 0) {
            return CheckOutcome.notApplicable(code(), "No advice in section K is dated.");
        }
        return CheckOutcome.judged(code(), CheckOutcome.share(dated - findings.size(), dated), findings,
                params.intValue("allowed", 0), "All dated advice is recent.",
                findings.size() + " of " + dated + " dated pieces of advice are older than " + limit + " months.");
    }

    private static boolean underFive(PlanForScoring plan) {
        if (plan.metadata().dateOfBirth() != null && plan.metadata().issueDate() != null) {
            return ChronoUnit.YEARS.between(plan.metadata().dateOfBirth(), plan.metadata().issueDate()) < 5;
        }
        if (plan.metadata().ageAtIssue() != null) {
            return plan.metadata().ageAtIssue() < 5;
        }
        OptionalInt year = SchoolYears.of(plan.metadata());
        return year.isPresent() && year.getAsInt() < 0;
    }
}
