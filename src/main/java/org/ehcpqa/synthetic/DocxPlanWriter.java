package org.ehcpqa.synthetic;

import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.ehcpqa.synthetic.PlanDocument.Block;
import org.ehcpqa.synthetic.PlanDocument.Section;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;

/**
 * Writes a plan as Word 2007+ with real heading styles, bulleted numbering, a header and a footer
 * part (with PAGE / NUMPAGES fields), and for the table house style a real two-column table.
 */
final class DocxPlanWriter implements PlanWriter {

    @Override
    public byte[] write(PlanDocument plan) {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            headingStyle(doc, "Heading1", "heading 1", 28);
            headingStyle(doc, "Heading2", "heading 2", 23);
            BigInteger bullets = bulletNumbering(doc);
            headerAndFooter(doc, plan);

            paragraph(doc.createParagraph(), plan.council(), true, 32);
            XWPFParagraph title = doc.createParagraph();
            title.setStyle("Heading1");
            title.createRun().setText(plan.title());
            for (PlanDocument.Field field : plan.frontPage()) {
                XWPFParagraph p = doc.createParagraph();
                XWPFRun label = p.createRun();
                label.setBold(true);
                label.setText(field.label() + ": ");
                p.createRun().setText(field.value());
            }
            if (plan.style().tableOfContents()) {
                XWPFParagraph contents = doc.createParagraph();
                contents.setPageBreak(true);
                paragraph(contents, "Contents", true, 28);
                int page = 3;
                for (Section section : plan.sections()) {
                    doc.createParagraph().createRun().setText(section.heading() + "\t" + page);
                    // Word would compute these; an estimate from the length is as close as a static file gets.
                    page += Math.max(1, section.bodyText().length() / 3200);
                }
            }
            XWPFParagraph start = doc.createParagraph();
            start.setPageBreak(true);
            if (plan.style().tableLayout()) {
                table(doc, plan, bullets);
            } else {
                for (Section section : plan.sections()) {
                    XWPFParagraph heading = doc.createParagraph();
                    heading.setStyle("Heading1");
                    heading.setPageBreak(plan.style().newPagePerSection());
                    heading.createRun().setText(section.heading());
                    for (Block block : section.blocks()) {
                        block(doc.createParagraph(), block, bullets);
                    }
                }
            }
            for (String line : plan.closing()) {
                doc.createParagraph().createRun().setText(line);
            }
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void table(XWPFDocument doc, PlanDocument plan, BigInteger bullets) {
        XWPFTable table = doc.createTable(plan.sections().size(), 2);
        table.setWidth("100%");
        for (int i = 0; i < plan.sections().size(); i++) {
            Section section = plan.sections().get(i);
            XWPFTableCell letter = table.getRow(i).getCell(0);
            letter.setWidth("12%");
            paragraph(letter.getParagraphs().get(0), section.heading(), true, 24);
            XWPFTableCell content = table.getRow(i).getCell(1);
            content.setWidth("88%");
            boolean first = true;
            for (Block block : section.blocks()) {
                block(first ? content.getParagraphs().get(0) : content.addParagraph(), block, bullets);
                first = false;
            }
        }
    }

    private static void block(XWPFParagraph p, Block block, BigInteger bullets) {
        switch (block.kind()) {
            case SUBHEADING -> {
                p.setStyle("Heading2");
                p.createRun().setText(block.text());
            }
            case BULLET -> {
                p.setNumID(bullets);
                p.createRun().setText(block.text());
            }
            default -> p.createRun().setText(block.text());
        }
    }

    private static void paragraph(XWPFParagraph p, String text, boolean bold, int halfPoints) {
        XWPFRun run = p.createRun();
        run.setBold(bold);
        run.setFontSize(halfPoints / 2.0);
        run.setText(text);
    }

    private static void headerAndFooter(XWPFDocument doc, PlanDocument plan) {
        XWPFHeader header = doc.createHeader(HeaderFooterType.DEFAULT);
        XWPFParagraph h = header.createParagraph();
        h.setAlignment(ParagraphAlignment.CENTER);
        h.createRun().setText(plan.runningHeader());
        XWPFFooter footer = doc.createFooter(HeaderFooterType.DEFAULT);
        XWPFParagraph f = footer.createParagraph();
        f.setAlignment(ParagraphAlignment.CENTER);
        f.createRun().setText(plan.runningFooter());
        XWPFParagraph pages = footer.createParagraph();
        pages.setAlignment(ParagraphAlignment.CENTER);
        pages.createRun().setText("Page ");
        pages.getCTP().addNewFldSimple().setInstr("PAGE");
        pages.createRun().setText(" of ");
        pages.getCTP().addNewFldSimple().setInstr("NUMPAGES");
    }

    private static void headingStyle(XWPFDocument doc, String id, String name, int halfPoints) {
        CTStyle style = CTStyle.Factory.newInstance();
        style.setStyleId(id);
        style.setType(STStyleType.PARAGRAPH);
        style.addNewName().setVal(name);
        style.addNewQFormat();
        style.addNewPPr().addNewOutlineLvl().setVal(BigInteger.valueOf(id.endsWith("1") ? 0 : 1));
        style.addNewRPr().addNewB();
        style.getRPr().addNewSz().setVal(BigInteger.valueOf(halfPoints));
        doc.createStyles().addStyle(new XWPFStyle(style));
    }

    private static BigInteger bulletNumbering(XWPFDocument doc) {
        CTAbstractNum abstractNum = CTAbstractNum.Factory.newInstance();
        abstractNum.setAbstractNumId(BigInteger.ZERO);
        CTLvl level = abstractNum.addNewLvl();
        level.setIlvl(BigInteger.ZERO);
        level.addNewNumFmt().setVal(STNumberFormat.BULLET);
        level.addNewLvlText().setVal("\u2022");
        level.addNewPPr().addNewInd().setLeft(BigInteger.valueOf(720));
        XWPFNumbering numbering = doc.createNumbering();
        BigInteger abstractId = numbering.addAbstractNum(new XWPFAbstractNum(abstractNum));
        return numbering.addNum(abstractId);
    }
}
