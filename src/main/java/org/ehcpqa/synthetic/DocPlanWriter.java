package org.ehcpqa.synthetic;

import org.apache.poi.hwpf.HWPFDocument;
import org.ehcpqa.synthetic.PlanDocument.Block;
import org.ehcpqa.synthetic.PlanDocument.Section;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Writes Word 97-2003 (.doc). HWPF cannot create a document, only edit one, so this fills blank
 * templates made once with LibreOffice 7.4 ({@code soffice --headless --convert-to doc} of the
 * hand-written ODTs beside them in src/main/resources/synthetic/):
 * <ul>
 *   <li>plain-template.doc: one paragraph FRONTPAGE, replaced by the whole plan;</li>
 *   <li>table-template.doc: FRONTPAGE, a real 2 x 12 table of LETTERnn / CONTENTnn cells, CLOSING,
 *       for the table house style.</li>
 * </ul>
 * Only main-text placeholders are replaced: HWPF's inserts at the end of a range and its edits of
 * header stories corrupt the file's length tables. So the header and footer are the templates'
 * fixed ones ("OFFICIAL-SENSITIVE - Education, Health and Care Plan", "Page n of m" fields).
 */
final class DocPlanWriter implements PlanWriter {
    private static final char PAGE_BREAK = '\f';
    private static final char LINE_BREAK = '\u000b';

    @Override
    public byte[] write(PlanDocument plan) {
        boolean table = plan.style().tableLayout();
        String template = table ? "/synthetic/table-template.doc" : "/synthetic/plain-template.doc";
        try (InputStream in = DocPlanWriter.class.getResourceAsStream(template);
             HWPFDocument doc = new HWPFDocument(in);
             ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            StringBuilder text = new StringBuilder();
            line(text, plan.council());
            line(text, plan.title());
            for (PlanDocument.Field field : plan.frontPage()) {
                line(text, field.label() + ": " + field.value());
            }
            if (plan.style().tableOfContents()) {
                text.append(PAGE_BREAK);
                line(text, "Contents");
                for (Section section : plan.sections()) {
                    line(text, section.heading());
                }
            }
            text.append(PAGE_BREAK);
            if (table) {
                fillTable(doc, plan.sections());
                doc.getRange().replaceText("CLOSING", String.join("\r", plan.closing()));
            } else {
                for (Section section : plan.sections()) {
                    if (plan.style().newPagePerSection()) {
                        text.append(PAGE_BREAK);
                    }
                    line(text, section.heading());
                    for (Block block : section.blocks()) {
                        line(text, bullet(block) + block.text());
                    }
                }
                text.append(String.join("\r", plan.closing()));
            }
            String body = text.toString();
            doc.getRange().replaceText("FRONTPAGE", table ? body.substring(0, body.length() - 1) : body);
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void fillTable(HWPFDocument doc, List<Section> sections) {
        if (sections.size() != 12) {
            throw new IllegalStateException("the table template has 12 rows; this style has " + sections.size());
        }
        for (int i = 0; i < sections.size(); i++) {
            Section section = sections.get(i);
            StringBuilder cell = new StringBuilder();
            for (Block block : section.blocks()) {
                if (!cell.isEmpty()) {
                    cell.append(LINE_BREAK);
                }
                cell.append(bullet(block)).append(block.text());
            }
            String n = String.format("%02d", i + 1);
            doc.getRange().replaceText("LETTER" + n, section.heading());
            doc.getRange().replaceText("CONTENT" + n, cell.toString());
        }
    }

    private static String bullet(Block block) {
        return block.kind() == Block.Kind.BULLET ? "\u2022 " : "";
    }

    private static void line(StringBuilder text, String line) {
        text.append(line).append('\r');
    }
}
