package org.ehcpqa.scoring;

import org.ehcpqa.plan.PlanMetadata;
import org.ehcpqa.plan.IssueStatus;
import org.ehcpqa.plan.SectionCode;
import org.ehcpqa.scoring.checks.AdviceMissingDatesCheck;
import org.ehcpqa.scoring.checks.HealthNeedWithoutHealthProvisionCheck;
import org.ehcpqa.scoring.checks.JargonCheck;
import org.ehcpqa.scoring.checks.LowReadabilityCheck;
import org.ehcpqa.scoring.checks.MandatoryAdviceMissingCheck;
import org.ehcpqa.scoring.checks.MissingSectionCheck;
import org.ehcpqa.scoring.checks.MissingSignatureOrDateCheck;
import org.ehcpqa.scoring.checks.NeedWithoutOutcomeCheck;
import org.ehcpqa.scoring.checks.NeedWithoutProvisionCheck;
import org.ehcpqa.scoring.checks.OutcomeNotMeasurableCheck;
import org.ehcpqa.scoring.checks.OutcomeNotTimeBoundCheck;
import org.ehcpqa.scoring.checks.OutdatedAdviceCheck;
import org.ehcpqa.scoring.checks.PersonalBudgetStatementMissingCheck;
import org.ehcpqa.scoring.checks.PfaOutcomesMissingCheck;
import org.ehcpqa.scoring.checks.PlacementMissingCheck;
import org.ehcpqa.scoring.checks.ProvisionWithoutProviderCheck;
import org.ehcpqa.scoring.checks.SocialCareNeedWithoutProvisionCheck;
import org.ehcpqa.scoring.checks.StalePhaseReferenceCheck;
import org.ehcpqa.scoring.checks.TherapyInHealthSectionCheck;
import org.ehcpqa.scoring.checks.ThirdPersonVoiceCheck;
import org.ehcpqa.scoring.checks.UnquantifiedProvisionCheck;
import org.ehcpqa.scoring.checks.VagueProvisionWordingCheck;
import org.ehcpqa.scoring.checks.WrongNameOrPronounCheck;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Whole fictional plans from src/test/resources/scoring, written as "## A" blocks. */
public final class PlanFixtures {

    private PlanFixtures() {
    }

    public static List<Check> allChecks() {
        return List.of(new MissingSectionCheck(), new UnquantifiedProvisionCheck(), new VagueProvisionWordingCheck(),
                new ProvisionWithoutProviderCheck(), new OutcomeNotTimeBoundCheck(), new OutcomeNotMeasurableCheck(),
                new NeedWithoutOutcomeCheck(), new NeedWithoutProvisionCheck(), new HealthNeedWithoutHealthProvisionCheck(),
                new SocialCareNeedWithoutProvisionCheck(), new TherapyInHealthSectionCheck(), new OutdatedAdviceCheck(),
                new AdviceMissingDatesCheck(), new MandatoryAdviceMissingCheck(), new ThirdPersonVoiceCheck(),
                new WrongNameOrPronounCheck(), new JargonCheck(), new LowReadabilityCheck(), new PfaOutcomesMissingCheck(),
                new PlacementMissingCheck(), new PersonalBudgetStatementMissingCheck(), new MissingSignatureOrDateCheck(),
                new StalePhaseReferenceCheck());
    }

    /** Jordan Hale, Year 10, final plan issued 3 November 2025. */
    static PlanForScoring load(String name) {
        String text;
        try {
            text = Files.readString(Path.of("src/test/resources/scoring", name), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return parse(text);
    }

    static PlanForScoring parse(String text) {
        List<PlanSection> sections = new ArrayList<>();
        String closing = null;
        for (String block : text.split("(?m)^## ")) {
            if (block.isBlank()) {
                continue;
            }
            int newline = block.indexOf('\n');
            String code = block.substring(0, newline).trim();
            String body = block.substring(newline + 1);
            if (code.equals("CLOSING")) {
                closing = body;
            } else {
                sections.add(new PlanSection(SectionCode.parse(code).orElseThrow(), "Section " + code, body));
            }
        }
        PlanMetadata metadata = new PlanMetadata("Jordan Hale", LocalDate.of(2011, 5, 14), LocalDate.of(2025, 11, 3),
                IssueStatus.FINAL, "ASD", "Greenfield Academy", 14, "Year 10");
        return new PlanForScoring(metadata, sections, closing);
    }
}
