package org.ehcpqa.synthetic;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.ehcpqa.synthetic.PdfLayout.Op;
import org.ehcpqa.synthetic.PlanDocument.Block;
import org.ehcpqa.synthetic.PlanDocument.Section;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Writes a plan as a paged PDF with the Standard 14 Helvetica fonts, so it renders on a machine
 * with no system fonts. Running headers and footers are drawn into every page's content stream,
 * as PDFs made by councils' systems have them: a segmenter has to strip them from the text.
 */
final class PdfPlanWriter implements PlanWriter {
    private static final float BODY = 10.5f;
    private static final float LEFT = PdfLayout.MARGIN;
    private static final float TEXT_WIDTH = PdfLayout.WIDTH - 2 * PdfLayout.MARGIN;
    private static final float LETTER_COLUMN = 58f;

    @Override
    public byte[] write(PlanDocument plan) {
        return render(List.of(plan));
    }

    /**
     * How many pages the plan's text fills when its sections flow one after another, without
     * drawing it. Plans are sized on this so that a style starting each section on a new page gets
     * the same content plus its part-empty pages, not less content.
     */
    int countFlowingPages(PlanDocument plan) {
        PdfLayout layout = new PdfLayout();
        layOut(plan, layout, true);
        return layout.pageNumber();
    }

    /** Several plans in one file, each starting on a new page (the "two plans in one" case). */
    byte[] render(List<PlanDocument> plans) {
        PdfLayout layout = new PdfLayout();
        List<int[]> pageRanges = new ArrayList<>();
        for (PlanDocument plan : plans) {
            layout.breakPage();
            int first = layout.pageNumber();
            layOut(plan, layout, false);
            pageRanges.add(new int[]{first, layout.pageNumber()});
        }
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (int p = 0; p < layout.pages.size(); p++) {
                PlanDocument plan = plans.get(planIndex(pageRanges, p + 1));
                int[] range = pageRanges.get(planIndex(pageRanges, p + 1));
                PDPage page = new PDPage(PDRectangle.A4);
                doc.addPage(page);
                List<Op> ops = new ArrayList<>(layout.pages.get(p));
                // Reading order in the content stream: extractors that do not sort by position
                // (PDFBox's default) then give bullets and table letters before their text.
                ops.sort(Comparator.comparing((Op o) -> o.text() == null ? 0f : -o.y()).thenComparing(Op::x));
                float centre = PdfLayout.WIDTH / 2;
                addCentred(layout, ops, plan.runningHeader(), PdfLayout.HEIGHT - 40, centre);
                addCentred(layout, ops, plan.runningFooter(), 50, centre);
                addCentred(layout, ops, "Page " + (p + 2 - range[0]) + " of " + (range[1] - range[0] + 1), 36, centre);
                draw(doc, page, layout, ops);
            }
            doc.setDocumentId((long) plans.get(0).runningHeader().hashCode());
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int planIndex(List<int[]> ranges, int page) {
        for (int i = 0; i < ranges.size(); i++) {
            if (page <= ranges.get(i)[1]) {
                return i;
            }
        }
        return ranges.size() - 1;
    }

    private static void addCentred(PdfLayout layout, List<Op> ops, String text, float y, float centre) {
        float w = layout.width(text, false, 8);
        layout.place(text, false, 8, centre - w / 2, y, ops);
    }

    private void layOut(PlanDocument plan, PdfLayout layout, boolean flowing) {
        layout.text(plan.council(), true, 16, LEFT, TEXT_WIDTH, null);
        layout.gap(10);
        layout.text(plan.title(), true, 22, LEFT, TEXT_WIDTH, null);
        layout.gap(18);
        for (PlanDocument.Field field : plan.frontPage()) {
            layout.text(field.label() + ": " + field.value(), false, 11, LEFT, TEXT_WIDTH, null);
            layout.gap(4);
        }
        List<Object[]> tocEntries = new ArrayList<>();
        if (plan.style().tableOfContents() && !flowing) {
            layout.newPage();
            layout.text("Contents", true, 14, LEFT, TEXT_WIDTH, null);
            layout.gap(8);
            for (Section section : plan.sections()) {
                layout.text(section.heading(), false, 11, LEFT, TEXT_WIDTH - 40, null);
                tocEntries.add(new Object[]{layout.page(), layout.y()});
                layout.gap(4);
            }
        }
        layout.newPage();
        List<Integer> startPages = new ArrayList<>();
        for (Section section : plan.sections()) {
            if (plan.style().newPagePerSection() && !flowing) {
                layout.breakPage();
            }
            if (plan.style().tableLayout()) {
                startPages.add(tableRow(section, layout));
            } else {
                layout.need(70);
                layout.gap(8);
                startPages.add(layout.pageNumber());
                layout.text(section.heading(), true, 13, LEFT, TEXT_WIDTH, null);
                layout.gap(4);
                blocks(section.blocks(), layout, LEFT, TEXT_WIDTH, null);
            }
        }
        layout.gap(20);
        layout.need(60);
        for (String line : plan.closing()) {
            layout.text(line, false, BODY, LEFT, TEXT_WIDTH, null);
        }
        for (int i = 0; i < tocEntries.size(); i++) {
            @SuppressWarnings("unchecked") List<Op> page = (List<Op>) tocEntries.get(i)[0];
            String number = Integer.toString(startPages.get(i) - tocPageOffset(layout, page, startPages));
            layout.place(number, false, 11, PdfLayout.WIDTH - PdfLayout.MARGIN - 16, (Float) tocEntries.get(i)[1], page);
        }
    }

    /** Page numbers in the contents count from the plan's own first page. */
    private static int tocPageOffset(PdfLayout layout, List<Op> tocPage, List<Integer> startPages) {
        int tocIndex = layout.pages.indexOf(tocPage) + 1;
        return tocIndex - 2;
    }

    private int tableRow(Section section, PdfLayout layout) {
        layout.need(60);
        layout.gap(6);
        int startPage = layout.pageNumber();
        float[] top = {layout.y()};
        float right = PdfLayout.WIDTH - PdfLayout.MARGIN;
        layout.place(section.heading(), true, 12, LEFT + 8, layout.y() - BODY * 1.38f, layout.page());
        Runnable closeFrame = () -> {
            frame(layout, top[0], PdfLayout.BOTTOM - 4, right);
            top[0] = PdfLayout.TOP;
        };
        layout.gap(2);
        blocks(section.blocks(), layout, LEFT + LETTER_COLUMN + 6, TEXT_WIDTH - LETTER_COLUMN - 12, closeFrame);
        layout.gap(6);
        frame(layout, top[0], layout.y(), right);
        return startPage;
    }

    private static void frame(PdfLayout layout, float top, float bottom, float right) {
        List<Op> page = layout.page();
        layout.rule(LEFT, top, right, top, page);
        layout.rule(LEFT, bottom, right, bottom, page);
        layout.rule(LEFT, top, LEFT, bottom, page);
        layout.rule(right, top, right, bottom, page);
        layout.rule(LEFT + LETTER_COLUMN, top, LEFT + LETTER_COLUMN, bottom, page);
    }

    private void blocks(List<Block> blocks, PdfLayout layout, float x, float width, Runnable onNewPage) {
        for (Block block : blocks) {
            switch (block.kind()) {
                case SUBHEADING -> {
                    layout.gap(4);
                    layout.text(block.text(), true, 11, x, width, onNewPage);
                }
                case BULLET -> {
                    int before = layout.pageNumber();
                    float y = layout.y();
                    layout.text(block.text(), false, BODY, x + 14, width - 14, onNewPage);
                    // The bullet sits on the item's first line, wherever that landed.
                    List<Op> page = layout.pages.get(before - 1);
                    Op first = page.stream().filter(o -> o.text() != null && o.y() < y && o.x() == x + 14)
                            .findFirst().orElse(null);
                    if (first == null) {
                        page = layout.pages.get(before);
                        first = page.stream().filter(o -> o.text() != null && o.x() == x + 14).findFirst().orElseThrow();
                    }
                    layout.place("\u2022", false, BODY, x + 3, first.y(), page);
                }
                default -> layout.text(block.text(), false, BODY, x, width, onNewPage);
            }
            layout.gap(4);
        }
    }

    static void draw(PDDocument doc, PDPage page, PdfLayout layout, List<Op> ops) throws IOException {
        try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
            cs.setLineWidth(0.6f);
            for (Op op : ops) {
                if (op.text() == null) {
                    cs.moveTo(op.x(), op.y());
                    cs.lineTo(op.x2(), op.y2());
                    cs.stroke();
                    continue;
                }
                cs.beginText();
                cs.setFont(op.bold() ? layout.bold : layout.regular, op.size());
                cs.newLineAtOffset(op.x(), op.y());
                cs.showText(op.text());
                cs.endText();
            }
        }
    }
}
