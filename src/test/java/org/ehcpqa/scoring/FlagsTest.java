package org.ehcpqa.scoring;

import org.ehcpqa.plan.SectionCode;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class FlagsTest {

    @Test
    void everyFindingOfAFailedCheckIsOneFlagWithItsEvidence() {
        Evidence access = new Evidence(10, 19, "access to");
        Evidence regular = new Evidence(40, 47, "regular");
        CheckOutcome vague = new CheckOutcome(CheckCode.VAGUE_PROVISION_WORDING, CheckResult.FAIL, 40,
                List.of(Finding.of(SectionCode.F, access, "Vague."), Finding.of(SectionCode.F, regular, "Vague too.")),
                "Two vague items.");
        CheckOutcome missing = new CheckOutcome(CheckCode.MISSING_SECTION, CheckResult.FAIL, 90,
                List.of(Finding.absent(SectionCode.J, "J is missing.")), "One section missing.");

        List<Flag> flags = Flags.collect(List.of(vague, missing));

        assertThat(flags).containsExactly(
                new Flag(CheckCode.VAGUE_PROVISION_WORDING, SectionCode.F, List.of(access), "Vague."),
                new Flag(CheckCode.VAGUE_PROVISION_WORDING, SectionCode.F, List.of(regular), "Vague too."),
                new Flag(CheckCode.MISSING_SECTION, SectionCode.J, List.of(), "J is missing."));
    }

    @Test
    void minorFindingsOfAPassingCheckAndNotApplicableChecksRaiseNoFlag() {
        CheckOutcome jargon = new CheckOutcome(CheckCode.JARGON, CheckResult.PASS, 95,
                List.of(Finding.of(SectionCode.B, new Evidence(0, 3, "ASD"), "Unexplained.")), "Within allowance.");
        CheckOutcome pfa = CheckOutcome.notApplicable(CheckCode.PFA_OUTCOMES_MISSING, "Year 4.");

        assertThat(Flags.collect(List.of(jargon, pfa))).isEmpty();
    }

    @Test
    void theSameFindingFromTwoRunsIsFlaggedOnce() {
        Finding finding = Finding.of(SectionCode.F, new Evidence(0, 5, "as re"), "Unquantified.");
        CheckOutcome inF = new CheckOutcome(CheckCode.UNQUANTIFIED_PROVISION, CheckResult.FAIL, 50, List.of(finding), "F.");
        CheckOutcome inFAndG = new CheckOutcome(CheckCode.UNQUANTIFIED_PROVISION, CheckResult.FAIL, 60,
                List.of(finding), "F and G.");

        assertThat(Flags.collect(List.of(inF, inFAndG))).hasSize(1);
    }
}
