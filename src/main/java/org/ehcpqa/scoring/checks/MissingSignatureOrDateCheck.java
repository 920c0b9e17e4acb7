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
import org.ehcpqa.scoring.PlanSection;
import org.ehcpqa.scoring.lexicon.Lexicons;
import org.ehcpqa.scoring.text.DateFinder;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A plan is dated and signed by an officer of the council. The signature block is read from the
 * closing text when the segmenter gives it, otherwise from the end of the last section, where
 * segmenters usually leave it. Params: {@code tailCharacters} (how much of the last section to
 * read, default 800).
 */
@Singleton
public class MissingSignatureOrDateCheck implements Check {

    private static final Pattern SIGNATURE = Pattern.compile("(?i)\\b(?:signed|signature|on\\s+behalf\\s+of|"
            + "authori[sz]ed\\s+by|name\\s+of\\s+(?:the\\s+)?officer|(?:SEN|SEND|EHC|case|casework|plan)\\s*"
            + "(?:officer|co-?ordinator|manager|lead)|head\\s+of\\s+(?:SEN|SEND|service)|officer\\s+of\\s+the\\s+"
            + "(?:local\\s+authority|council)|caseworker)\\b");

    @Override
    public CheckCode code() {
        return CheckCode.MISSING_SIGNATURE_OR_DATE;
    }

    @Override
    public CheckOutcome run(PlanForScoring plan, CheckParams params, Lexicons lexicons) {
        String text;
        SectionCode section;
        int offset;
        if (plan.closingText() != null && !plan.closingText().isBlank()) {
            text = plan.closingText();
            section = null;
            offset = 0;
        } else if (!plan.sections().isEmpty()) {
            PlanSection last = plan.sections().getLast();
            text = last.text();
            section = last.code();
            offset = Math.max(0, text.length() - params.intValue("tailCharacters", 800));
        } else {
            return CheckOutcome.notApplicable(code(), "The plan has no text to read.");
        }
        String tail = text.substring(offset);
        Matcher signature = SIGNATURE.matcher(tail);
        boolean signed = signature.find();
        boolean dated = !DateFinder.find(tail).isEmpty();
        if (signed && dated) {
            return CheckOutcome.pass(code(), "The plan ends with an officer's signature and a date.");
        }
        String where = section == null ? "The text after the last section" : "The end of section " + section.name();
        List<Finding> findings = new ArrayList<>();
        if (!signed) {
            findings.add(Finding.absent(section, where + " has no signature or name of the council officer who "
                    + "issued the plan."));
        }
        if (!dated) {
            List<Evidence> evidence = signed ? List.of(Evidence.of(text, offset + signature.start(),
                    offset + signature.end())) : List.of();
            findings.add(new Finding(section, evidence, where + " has no date of signing; the plan must be dated."));
        }
        return new CheckOutcome(code(), org.ehcpqa.scoring.CheckResult.FAIL, signed || dated ? 50 : 0, findings,
                "The plan is not both signed and dated.");
    }
}
