package org.ehcpqa.synthetic;

import org.ehcpqa.plan.PlanMetadata;
import org.ehcpqa.plan.SectionCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class SyntheticPlanGeneratorTest {
    private static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private final SyntheticPlanGenerator shortPlans = new SyntheticPlanGenerator().withTargetPages(8);

    static Stream<Arguments> everyStyleAndFormat() {
        List<Arguments> all = new ArrayList<>();
        int i = 0;
        for (HouseStyle style : HouseStyle.values()) {
            for (DocumentFormat format : DocumentFormat.values()) {
                all.add(Arguments.of(style, format, PlanQuality.values()[i++ % 3]));
            }
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{0} {1} {2}")
    @MethodSource("everyStyleAndFormat")
    void everyStyleAndFormatOpensAndHoldsItsTruth(HouseStyle style, DocumentFormat format, PlanQuality quality)
            throws Exception {
        long seed = 31L * style.ordinal() + format.ordinal();
        GeneratedPlan plan = shortPlans.generate(seed, style, format, quality);
        assertThat(plan.fileName()).endsWith("." + format.extension());
        assertThat(plan.format()).isEqualTo(format);
        PlanMetadata meta = plan.truth().metadata();
        String raw = PlanText.extract(format, plan.content());
        String text = PlanText.normalise(PlanText.withoutPageFurniture(raw,
                style.runningHeader(meta.childName()), style.runningFooter(meta.childName())));

        List<SectionCode> codes = plan.truth().sections().stream().map(SectionTruth::code).toList();
        assertThat(codes).isEqualTo(style.order());
        int previous = -1;
        for (SectionTruth section : plan.truth().sections()) {
            String body = PlanText.normalise(section.text());
            assertThat(body).isNotBlank();
            assertThat(text).as("section %s body", section.code()).contains(body);
            // Sections appear in truth order, each body after its own heading (Tika's ODT output
            // runs a heading into the next paragraph, so heading and body are found separately).
            int at = text.indexOf(body, previous + 1);
            assertThat(at).as("section %s body in order", section.code()).isGreaterThan(previous);
            int heading = text.lastIndexOf(PlanText.normalise(section.title()), at);
            assertThat(heading).as("section %s heading before its body", section.code()).isGreaterThan(previous);
            previous = at;
        }
        PersonalDetails personal = plan.truth().personal();
        assertThat(text).contains(meta.childName(), LONG_DATE.format(meta.dateOfBirth()),
                LONG_DATE.format(meta.issueDate()), meta.setting(), personal.nhsNumber(), personal.upn(),
                personal.postcode(), personal.email(), personal.phone(), personal.address(),
                PrimaryNeed.valueOf(meta.primaryNeed()).words());
        String status = meta.issueStatus().name().charAt(0) + meta.issueStatus().name().substring(1).toLowerCase();
        assertThat(text).contains("Plan status: " + status);
        assertThat(text).contains(style.council()).contains("Signed:");
        if (format == DocumentFormat.PDF) {
            int pages = PlanText.pdfPages(plan.content());
            assertThat(raw).contains("Page 1 of " + pages, "Page " + pages + " of " + pages,
                    style.runningHeader(meta.childName()));
        }
    }

    @Test
    void theSameSeedGivesTheSamePlanAndOtherSeedsDiffer() throws Exception {
        SyntheticPlanGenerator generator = new SyntheticPlanGenerator();
        for (long seed : new long[]{1, 42, 977}) {
            GeneratedPlan a = generator.generate(seed);
            GeneratedPlan b = new SyntheticPlanGenerator().generate(seed);
            assertThat(b.truth()).isEqualTo(a.truth());
            assertThat(b.fileName()).isEqualTo(a.fileName());
            assertThat(PlanText.extract(b.format(), b.content())).isEqualTo(PlanText.extract(a.format(), a.content()));
        }
        for (DocumentFormat format : List.of(DocumentFormat.TXT, DocumentFormat.RTF, DocumentFormat.ODT, DocumentFormat.PDF)) {
            GeneratedPlan a = shortPlans.generate(5, HouseStyle.ASHVALE, format, PlanQuality.STRONG);
            GeneratedPlan b = shortPlans.generate(5, HouseStyle.ASHVALE, format, PlanQuality.STRONG);
            assertThat(b.content()).as(format.name()).isEqualTo(a.content());
        }
        Set<String> children = new HashSet<>();
        Set<String> sectionBs = new HashSet<>();
        for (long seed = 0; seed < 20; seed++) {
            PlanTruth t = shortPlans.generate(seed, HouseStyle.NORTHMOOR, DocumentFormat.TXT, PlanQuality.STRONG).truth();
            children.add(t.metadata().childName() + t.metadata().dateOfBirth());
            sectionBs.add(t.sections().get(1).text());
        }
        assertThat(children).hasSizeGreaterThan(17);
        assertThat(sectionBs).hasSize(20);
    }

    @Test
    void corpusCyclesThroughEveryStyleAndFormat() {
        List<GeneratedPlan> corpus = new SyntheticPlanGenerator().withTargetPages(3).corpus(9, 48);
        Set<String> pairs = new HashSet<>();
        for (GeneratedPlan plan : corpus) {
            pairs.add(plan.truth().houseStyle() + "/" + plan.format());
        }
        assertThat(pairs).hasSize(HouseStyle.values().length * DocumentFormat.values().length);
        assertThat(corpus.stream().map(GeneratedPlan::fileName).distinct()).hasSize(48);
        assertThat(corpus.stream().map(p -> p.truth().quality()).distinct()).hasSize(3);
    }

    @Test
    void metadataIsConsistentWithTheFrontPageConventions() {
        Set<String> years = new HashSet<>();
        Set<String> needs = new HashSet<>();
        for (long seed = 0; seed < 150; seed++) {
            PlanMetadata m = shortPlans.generate(seed, HouseStyle.NORTHMOOR, DocumentFormat.TXT, PlanQuality.ADEQUATE)
                    .truth().metadata();
            assertThat(m.ageAtIssue()).isBetween(2, 25).isEqualTo(SchoolYears.age(m.dateOfBirth(), m.issueDate()));
            assertThat(m.schoolYear()).isEqualTo(SchoolYears.schoolYear(m.dateOfBirth(), m.issueDate()));
            assertThat(m.setting()).isNotBlank();
            years.add(m.schoolYear());
            needs.add(m.primaryNeed());
        }
        assertThat(years).contains("Nursery", "Reception", "Year 3", "Year 9", "Post-19");
        assertThat(needs).contains("ASD", "SLCN", "SEMH", "MLD").hasSizeGreaterThan(8);
    }
}
