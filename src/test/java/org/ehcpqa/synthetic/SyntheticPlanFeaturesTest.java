package org.ehcpqa.synthetic;

import io.micronaut.serde.ObjectMapper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.ehcpqa.plan.SectionCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

class SyntheticPlanFeaturesTest {
    private final SyntheticPlanGenerator shortPlans = new SyntheticPlanGenerator().withTargetPages(8);

    private static String section(PlanTruth truth, SectionCode code) {
        return truth.sections().stream().filter(s -> s.code() == code).findFirst().orElseThrow().text();
    }

    @Test
    void atLeastEightHouseStylesCoverTheLayoutsCouncilsUse() {
        assertThat(HouseStyle.values()).hasSizeGreaterThanOrEqualTo(8);
        List<String> fHeadings = Arrays.stream(HouseStyle.values()).map(s -> s.heading(SectionCode.F)).toList();
        assertThat(fHeadings).contains("Section F: Special educational provision", "F. Special educational provision",
                "Part F – Special educational provision", "SECTION F  SPECIAL EDUCATIONAL PROVISION", "F",
                "Special educational provision", "Section F - Special educational provision");
        assertThat(HouseStyle.MEADOWFORD.heading(SectionCode.A)).isEqualTo("All about me");
        assertThat(HouseStyle.WOLDSIDE.heading(SectionCode.H1)).isEqualTo("Section H1 and H2: Social care provision");
        assertThat(HouseStyle.FENWICK_DALE.order().indexOf(SectionCode.E))
                .isLessThan(HouseStyle.FENWICK_DALE.order().indexOf(SectionCode.B));
        assertThat(Arrays.stream(HouseStyle.values()).filter(HouseStyle::tableLayout)).isNotEmpty();
        assertThat(Arrays.stream(HouseStyle.values()).filter(HouseStyle::tableOfContents)).hasSizeGreaterThanOrEqualTo(2);
        assertThat(Arrays.stream(HouseStyle.values()).filter(HouseStyle::newPagePerSection)).hasSizeGreaterThanOrEqualTo(2);
        assertThat(Arrays.stream(HouseStyle.values()).map(HouseStyle::council).distinct()).hasSize(HouseStyle.values().length);
    }

    @Test
    void combinedSocialCareIsOneH1EntryHoldingBothParts() {
        PlanTruth truth = shortPlans.generate(3, HouseStyle.WOLDSIDE, DocumentFormat.TXT, PlanQuality.STRONG).truth();
        assertThat(truth.sections()).extracting(SectionTruth::code).contains(SectionCode.H1).doesNotContain(SectionCode.H2);
        SectionTruth h = truth.sections().stream().filter(s -> s.code() == SectionCode.H1).findFirst().orElseThrow();
        assertThat(h.title()).isEqualTo("Section H1 and H2: Social care provision");
        assertThat(h.text()).contains("Chronically Sick and Disabled Persons Act 1970", "Other social care provision");
    }

    @Test
    void defaultPdfsAverageFifteenToTwentyFivePagesAndStayWithinTenToForty() throws Exception {
        SyntheticPlanGenerator generator = new SyntheticPlanGenerator();
        List<Integer> pages = new ArrayList<>();
        long start = System.nanoTime();
        for (int i = 0; i < 24; i++) {
            GeneratedPlan plan = generator.generate(500 + i, HouseStyle.values()[i % 8], DocumentFormat.PDF,
                    PlanQuality.values()[i % 3]);
            pages.add(PlanText.pdfPages(plan.content()));
        }
        double millis = (System.nanoTime() - start) / 1e6 / pages.size();
        double average = pages.stream().mapToInt(Integer::intValue).average().orElseThrow();
        System.out.printf("PDF pages %s, average %.1f, %.0f ms per plan%n", pages, average, millis);
        assertThat(average).isBetween(15.0, 25.0);
        assertThat(pages).allSatisfy(p -> assertThat(p).isBetween(10, 40));
    }

    @Test
    void targetPagesOptionControlsLength() throws Exception {
        int shortPdf = PlanText.pdfPages(new SyntheticPlanGenerator().withTargetPages(12)
                .generate(8, HouseStyle.NORTHMOOR, DocumentFormat.PDF, PlanQuality.STRONG).content());
        int longPdf = PlanText.pdfPages(new SyntheticPlanGenerator().withTargetPages(36)
                .generate(8, HouseStyle.NORTHMOOR, DocumentFormat.PDF, PlanQuality.STRONG).content());
        assertThat(shortPdf).isBetween(12, 14);
        assertThat(longPdf).isBetween(36, 40);
    }

    @Test
    void strongAndWeakPlansDifferAsQualityAssuranceExpects() {
        for (long seed = 0; seed < 12; seed++) {
            PlanTruth strong = shortPlans.generate(seed, HouseStyle.NORTHMOOR, DocumentFormat.TXT, PlanQuality.STRONG).truth();
            PlanTruth weak = shortPlans.generate(seed, HouseStyle.NORTHMOOR, DocumentFormat.TXT, PlanQuality.WEAK).truth();
            String strongF = section(strong, SectionCode.F).toLowerCase();
            String weakF = section(weak, SectionCode.F).toLowerCase();
            assertThat(ProvisionComposer.VAGUE_WORDS).noneMatch(strongF::contains);
            assertThat(weakF).contains("access to");
            assertThat(strongF).containsPattern("\\d+ x \\d+ minutes per week").containsPattern("1:1|group of no more than");
            assertThat(section(strong, SectionCode.E)).contains("By July ");
            assertThat(section(weak, SectionCode.E)).doesNotContain("By July").contains("To ");
            assertThat(section(strong, SectionCode.A)).contains("My name is", " I ");
            assertThat(section(weak, SectionCode.A)).doesNotContain("My name is").doesNotContain(" I ");
            String strongC = section(strong, SectionCode.C);
            assertThat(strongC.contains("No health needs") || strongC.contains("Source:")).isTrue();
            int year = SchoolYears.yearIndex(strong.metadata().dateOfBirth(), strong.metadata().issueDate());
            assertThat(section(strong, SectionCode.E).contains("Preparing for adulthood")).isEqualTo(year >= 9);
            assertThat(section(weak, SectionCode.E)).doesNotContain("Preparing for adulthood");
            assertThat(section(strong, SectionCode.I)).contains(strong.metadata().setting());
            assertThat(section(strong, SectionCode.K)).contains("Educational psychologist advice", "Health advice",
                    "Social care advice", "Parent's views");
        }
    }

    @Test
    void schoolYearsFollowTheEnglishConvention() {
        LocalDate issue = LocalDate.of(2025, 10, 1);
        assertThat(SchoolYears.schoolYear(LocalDate.of(2022, 3, 1), issue)).isEqualTo("Nursery");
        assertThat(SchoolYears.schoolYear(LocalDate.of(2020, 9, 1), issue)).isEqualTo("Reception");
        assertThat(SchoolYears.schoolYear(LocalDate.of(2021, 8, 31), issue)).isEqualTo("Reception");
        assertThat(SchoolYears.schoolYear(LocalDate.of(2020, 8, 31), issue)).isEqualTo("Year 1");
        assertThat(SchoolYears.schoolYear(LocalDate.of(2012, 1, 15), issue)).isEqualTo("Year 9");
        assertThat(SchoolYears.schoolYear(LocalDate.of(2008, 1, 15), issue)).isEqualTo("Year 13");
        assertThat(SchoolYears.schoolYear(LocalDate.of(2004, 1, 15), issue)).isEqualTo("Post-19");
    }

    @Test
    void contentsPagesListHeadingsAndDocxUsesRealHeaderAndFooterParts() throws Exception {
        GeneratedPlan pdf = shortPlans.generate(4, HouseStyle.RIVERSIDE, DocumentFormat.PDF, PlanQuality.STRONG);
        String text = PlanText.extract(DocumentFormat.PDF, pdf.content());
        assertThat(text).contains("Contents");
        String flat = PlanText.normalise(text);
        for (SectionTruth s : pdf.truth().sections()) {
            assertThat(flat.split(java.util.regex.Pattern.quote(PlanText.normalise(s.title())), -1).length - 1)
                    .as("%s in contents and as heading", s.title()).isGreaterThanOrEqualTo(2);
        }
        assertThat(text).containsPattern("A\\. Views, interests and aspirations \\d+\\n");

        GeneratedPlan docx = shortPlans.generate(4, HouseStyle.NORTHMOOR, DocumentFormat.DOCX, PlanQuality.STRONG);
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx.content()))) {
            assertThat(doc.getHeaderList()).extracting(XWPFHeader::getText)
                    .anySatisfy(h -> assertThat(h).contains("EHCP – " + docx.truth().metadata().childName() + " – OFFICIAL-SENSITIVE"));
            assertThat(doc.getFooterList()).isNotEmpty();
            assertThat(doc.getParagraphs()).anySatisfy(p -> assertThat(p.getStyle()).isEqualTo("Heading1"));
        }
        GeneratedPlan table = shortPlans.generate(4, HouseStyle.HARBOURSIDE, DocumentFormat.DOCX, PlanQuality.STRONG);
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(table.content()))) {
            assertThat(doc.getTables()).hasSize(1);
            assertThat(doc.getTables().get(0).getRows()).hasSize(12);
            assertThat(doc.getTables().get(0).getRow(5).getCell(0).getText()).isEqualTo("F");
        }
    }

    @Test
    void multilingualDocxKeepsWelshPolishUrduQuotesAndEmoji() throws Exception {
        GeneratedPlan plan = SpecialDocuments.multilingualDocx(11);
        String text = PlanText.extract(DocumentFormat.DOCX, plan.content());
        assertThat(text).contains("Llŷr Wiśniewski", "Siân", "Łukasz Wiśniewski", "Zofia Żak", "عائشہ", "“", "’", "😊");
        String a = plan.truth().sections().get(0).text();
        assertThat(a).contains("عائشہ", "“the funniest boy in Woldside”", "😊");
        assertThat(PlanText.normalise(text)).contains(PlanText.normalise(a));
        assertThat(plan.truth().personal().otherNames()).contains("Zofia Żak", "Łukasz Wiśniewski", "عائشہ بی بی");
        assertThat(plan.truth().metadata().childName()).isEqualTo("Llŷr Wiśniewski");
    }

    @Test
    void twoPlansInOnePdfAndANonPlanForRefusalTests() throws Exception {
        SyntheticDocument two = SpecialDocuments.twoPlansInOnePdf(21);
        assertThat(two.plans()).hasSize(2);
        String raw = PlanText.extract(DocumentFormat.PDF, two.content());
        assertThat(raw.split("Page 1 of ", -1)).as("each plan numbers its own pages").hasSize(3);
        String text = raw;
        for (PlanTruth t : two.plans()) {
            String name = t.metadata().childName();
            text = PlanText.withoutPageFurniture(text, HouseStyle.NORTHMOOR.runningHeader(name),
                    HouseStyle.NORTHMOOR.runningFooter(name));
        }
        for (PlanTruth t : two.plans()) {
            assertThat(text).contains("Name of child or young person: " + t.metadata().childName());
            assertThat(PlanText.normalise(text)).contains(PlanText.normalise(section(t, SectionCode.F)));
        }
        assertThat(two.plans().get(0).metadata().childName()).isNotEqualTo(two.plans().get(1).metadata().childName());

        SyntheticDocument minutes = SpecialDocuments.notAnEhcpPdf(5);
        assertThat(minutes.plans()).isEmpty();
        String m = PlanText.extract(DocumentFormat.PDF, minutes.content());
        assertThat(m).contains("Minutes of the Highways and Transport Committee").doesNotContain("Section F")
                .doesNotContain("Education, Health and Care Plan");
    }

    @Test
    void corpusWriterWritesFilesWithTruthJsonThatReadsBack(@TempDir Path dir) throws Exception {
        List<Path> files = new SyntheticCorpusWriter(new SyntheticPlanGenerator().withTargetPages(4)).write(dir, 3, 8);
        assertThat(files).hasSize(8).allSatisfy(f -> assertThat(f).exists());
        Map<String, Long> byExtension = files.stream()
                .collect(Collectors.groupingBy(f -> f.toString().substring(f.toString().lastIndexOf('.')), Collectors.counting()));
        assertThat(byExtension.keySet()).hasSizeGreaterThanOrEqualTo(6);
        GeneratedPlan expected = new SyntheticPlanGenerator().withTargetPages(4).corpus(3, 8).get(0);
        String json = Files.readString(dir.resolve(expected.fileName() + ".truth.json"));
        PlanTruth read = ObjectMapper.getDefault().readValue(json, PlanTruth.class);
        assertThat(read).isEqualTo(expected.truth());
        assertThat(json).contains("\"houseStyle\"", "\"sections\"", "\"primaryNeed\"");
    }
}
