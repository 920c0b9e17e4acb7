package org.ehcpqa.synthetic;

import org.ehcpqa.synthetic.PlanDocument.Block;
import org.ehcpqa.synthetic.PlanDocument.Section;

import java.nio.charset.StandardCharsets;

/**
 * Writes a plan as UTF-8 text, as case-management systems export it: no pages, so no running
 * header or footer; the table style becomes "letter TAB content" lines. It starts with a UTF-8
 * byte-order mark, as Windows exports do; without it, charset detection guesses Latin-1 for a
 * text that is mostly ASCII and garbles every en dash.
 */
final class TxtPlanWriter implements PlanWriter {

    @Override
    public byte[] write(PlanDocument plan) {
        return ("\uFEFF" + text(plan)).getBytes(StandardCharsets.UTF_8);
    }

    static String text(PlanDocument plan) {
        StringBuilder sb = new StringBuilder();
        sb.append(plan.council()).append("\n").append(plan.title()).append("\n\n");
        for (PlanDocument.Field field : plan.frontPage()) {
            sb.append(field.label()).append(": ").append(field.value()).append('\n');
        }
        sb.append('\n');
        if (plan.style().tableOfContents()) {
            sb.append("Contents\n");
            for (Section section : plan.sections()) {
                sb.append(section.heading()).append('\n');
            }
            sb.append('\n');
        }
        for (Section section : plan.sections()) {
            boolean table = plan.style().tableLayout();
            if (!table) {
                sb.append('\n').append(section.heading()).append("\n\n");
            }
            boolean first = true;
            for (Block block : section.blocks()) {
                if (table) {
                    sb.append(first ? section.heading() : "").append('\t');
                }
                sb.append(block.kind() == Block.Kind.BULLET ? "\u2022 " : "").append(block.text()).append('\n');
                first = false;
            }
            sb.append('\n');
        }
        for (String line : plan.closing()) {
            sb.append(line).append('\n');
        }
        return sb.toString();
    }
}
