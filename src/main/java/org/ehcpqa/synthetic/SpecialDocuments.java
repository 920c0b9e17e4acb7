package org.ehcpqa.synthetic;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.ehcpqa.plan.IssueStatus;
import org.ehcpqa.plan.SectionCode;
import org.ehcpqa.synthetic.PlanComposer.Composed;
import org.ehcpqa.synthetic.PlanDocument.Block;
import org.ehcpqa.synthetic.PlanDocument.Section;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Edge-case documents: non-Latin names and emoji, two plans in one file, and a non-plan. */
public final class SpecialDocuments {
    private SpecialDocuments() {
    }

    /**
     * A DOCX plan for a Welsh-Polish family, with Urdu-script names, curly quotes and emoji in the
     * body and on the front page; the truth (and its personal details) carry the same strings.
     */
    public static GeneratedPlan multilingualDocx(long seed) {
        Rng rng = new Rng(seed);
        LocalDate issue = LocalDate.of(2025, 11, 14);
        LocalDate dob = LocalDate.of(2016, 5, 3);
        ChildProfile child = new ChildProfile("Llŷr", "Wiśniewski", "he", dob, issue, IssueStatus.FINAL,
                ProfileFactory.nhsNumber(rng), ProfileFactory.upn(rng), "7 Heol y Felin, Woldside, XW3 2LZ",
                "XW3 2LZ", "Zofia Żak", "Mother", "zofia.zak@example.org", "07700 900" + rng.digits(3),
                PrimaryNeed.SLCN, "Ysgol Gynradd Skylark", "Mainstream maintained primary school",
                SchoolYears.yearIndex(dob, issue), SchoolYears.schoolYear(dob, issue), SchoolYears.age(dob, issue));
        Composed composed = PlanComposer.compose(rng, child, HouseStyle.WOLDSIDE, PlanQuality.STRONG, 2);
        List<Block> extra = List.of(
                Block.p("My best friend is Siân. My dad, Łukasz Wiśniewski, says I am “the funniest boy in Woldside” 😊."),
                Block.p("Mam says: ‘Llŷr speaks Welsh at school, Polish at home and a little Urdu with our neighbour عائشہ بی بی.’ 🏴 🇵🇱"),
                Block.bullet("I like football ⚽ and the word “cwtch”."));
        PlanDocument document = withExtraInA(composed.document(), extra);
        List<SectionTruth> sections = new ArrayList<>();
        for (Section s : document.sections()) {
            sections.add(new SectionTruth(s.code(), s.heading(), s.bodyText()));
        }
        PlanTruth t = composed.truth();
        PersonalDetails p = t.personal();
        List<String> others = new ArrayList<>(p.otherNames());
        others.addAll(List.of("Siân", "Łukasz Wiśniewski", "عائشہ بی بی"));
        PersonalDetails personal = new PersonalDetails(p.childNames(), others, p.dateOfBirth(), p.nhsNumber(),
                p.upn(), p.postcode(), p.address(), p.email(), p.phone(), p.schoolNames());
        PlanTruth truth = new PlanTruth(t.houseStyle(), t.quality(), t.metadata(), sections, personal);
        return new GeneratedPlan("ehcp-multilingual-" + Long.toUnsignedString(seed, 36) + ".docx",
                DocumentFormat.DOCX, new DocxPlanWriter().write(document), truth);
    }

    /** Two children's complete plans, one after the other in one PDF (each with its own page numbering). */
    public static SyntheticDocument twoPlansInOnePdf(long seed) {
        SyntheticPlanGenerator generator = new SyntheticPlanGenerator().withTargetPages(10);
        Composed first = generator.compose(seed, HouseStyle.NORTHMOOR, PlanQuality.STRONG);
        Composed second = generator.compose(seed + 1, HouseStyle.NORTHMOOR, PlanQuality.ADEQUATE);
        byte[] pdf = new PdfPlanWriter().render(List.of(first.document(), second.document()));
        return new SyntheticDocument("two-plans-" + Long.toUnsignedString(seed, 36) + ".pdf", DocumentFormat.PDF,
                pdf, List.of(first.truth(), second.truth()));
    }

    /** Minutes of a fictional council committee: a council document, but not an EHCP. */
    public static SyntheticDocument notAnEhcpPdf(long seed) {
        Rng rng = new Rng(seed);
        String council = rng.pick(HouseStyle.values()).council();
        PdfLayout layout = new PdfLayout();
        float width = PdfLayout.WIDTH - 2 * PdfLayout.MARGIN;
        layout.text(council, true, 16, PdfLayout.MARGIN, width, null);
        layout.text("Minutes of the Highways and Transport Committee, " + (rng.between(2, 27)) + " March 2025",
                true, 13, PdfLayout.MARGIN, width, null);
        layout.gap(10);
        String[] items = {"Apologies for absence", "Declarations of interest", "Minutes of the previous meeting",
                "Winter gritting routes", "Bus shelter replacement programme", "Car park charges review",
                "Cycle lane consultation", "Any other business"};
        for (int i = 0; i < items.length; i++) {
            layout.gap(6);
            layout.text((i + 1) + ". " + items[i], true, 11, PdfLayout.MARGIN, width, null);
            for (int k = 0; k < 3; k++) {
                layout.text("Councillor " + rng.pick(NameBank.PROFESSIONAL_LAST) + " reported that the "
                        + items[i].toLowerCase() + " had been considered by officers. Members discussed the budget of £"
                        + rng.between(10, 900) + ",000 and the timetable. RESOLVED: that the report be noted and a further update brought to the next meeting.",
                        false, 10.5f, PdfLayout.MARGIN, width, null);
            }
        }
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (List<PdfLayout.Op> ops : layout.pages) {
                PDPage page = new PDPage(PDRectangle.A4);
                doc.addPage(page);
                PdfPlanWriter.draw(doc, page, layout, ops);
            }
            doc.save(out);
            return new SyntheticDocument("minutes-" + Long.toUnsignedString(seed, 36) + ".pdf", DocumentFormat.PDF,
                    out.toByteArray(), List.of());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static PlanDocument withExtraInA(PlanDocument d, List<Block> extra) {
        List<Section> sections = new ArrayList<>();
        for (Section s : d.sections()) {
            if (s.code() == SectionCode.A) {
                List<Block> blocks = new ArrayList<>(s.blocks());
                blocks.addAll(extra);
                s = new Section(s.code(), s.heading(), blocks);
            }
            sections.add(s);
        }
        return new PlanDocument(d.style(), d.council(), d.title(), d.frontPage(), sections, d.closing(),
                d.runningHeader(), d.runningFooter());
    }
}
