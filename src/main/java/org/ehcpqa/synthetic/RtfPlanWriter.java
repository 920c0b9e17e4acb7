package org.ehcpqa.synthetic;

import org.ehcpqa.synthetic.PlanDocument.Block;
import org.ehcpqa.synthetic.PlanDocument.Section;

import java.nio.charset.StandardCharsets;

/**
 * Writes RTF by hand: a header and footer group with the page fields, \page before sections in
 * new-page styles, and \\uN? escapes so any character survives the 7-bit format.
 */
final class RtfPlanWriter implements PlanWriter {

    @Override
    public byte[] write(PlanDocument plan) {
        StringBuilder r = new StringBuilder("{\\rtf1\\ansi\\ansicpg1252\\deff0{\\fonttbl{\\f0\\fswiss Arial;}}\\f0\\fs22\n");
        r.append("{\\header\\pard\\qc ").append(esc(plan.runningHeader())).append("\\par}\n");
        r.append("{\\footer\\pard\\qc ").append(esc(plan.runningFooter()))
                .append("\\par\\pard\\qc Page {\\field{\\*\\fldinst PAGE}{\\fldrslt 1}} of {\\field{\\*\\fldinst NUMPAGES}{\\fldrslt 1}}\\par}\n");
        r.append("\\pard{\\b\\fs32 ").append(esc(plan.council())).append("}\\par\n");
        r.append("\\pard{\\b\\fs40 ").append(esc(plan.title())).append("}\\par\n");
        for (PlanDocument.Field field : plan.frontPage()) {
            r.append("\\pard{\\b ").append(esc(field.label())).append(": }").append(esc(field.value())).append("\\par\n");
        }
        if (plan.style().tableOfContents()) {
            r.append("\\page\\pard{\\b\\fs28 Contents}\\par\n");
            for (Section section : plan.sections()) {
                r.append("\\pard ").append(esc(section.heading())).append("\\par\n");
            }
        }
        r.append("\\page\n");
        for (Section section : plan.sections()) {
            boolean table = plan.style().tableLayout();
            if (table) {
                // Tab-separated rows: the letter, a tab, then the content column.
                boolean first = true;
                for (Block block : section.blocks()) {
                    r.append("\\pard\\tx1000 ").append(first ? "{\\b " + esc(section.heading()) + "}" : "")
                            .append("\\tab ").append(block.kind() == Block.Kind.BULLET ? "\\bullet  " : "")
                            .append(esc(block.text())).append("\\par\n");
                    first = false;
                }
                continue;
            }
            if (plan.style().newPagePerSection()) {
                r.append("\\page\n");
            }
            r.append("\\pard\\sb240{\\b\\fs28 ").append(esc(section.heading())).append("}\\par\n");
            for (Block block : section.blocks()) {
                switch (block.kind()) {
                    case SUBHEADING -> r.append("\\pard\\sb120{\\b ").append(esc(block.text())).append("}\\par\n");
                    case BULLET -> r.append("\\pard\\li360\\fi-240\\bullet  ").append(esc(block.text())).append("\\par\n");
                    default -> r.append("\\pard ").append(esc(block.text())).append("\\par\n");
                }
            }
        }
        for (String line : plan.closing()) {
            r.append("\\pard ").append(esc(line)).append("\\par\n");
        }
        return r.append("}").toString().getBytes(StandardCharsets.US_ASCII);
    }

    static String esc(String s) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' || c == '{' || c == '}') {
                sb.append('\\').append(c);
            } else if (c == '\t') {
                sb.append("\\tab ");
            } else if (c < 128) {
                sb.append(c);
            } else {
                // RTF's \\u takes a signed 16-bit value; surrogate pairs go as two escapes.
                sb.append("\\u").append((int) (short) c).append('?');
            }
        }
        return sb.toString();
    }
}
