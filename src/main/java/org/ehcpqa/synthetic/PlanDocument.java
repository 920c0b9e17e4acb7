package org.ehcpqa.synthetic;

import org.ehcpqa.plan.SectionCode;

import java.util.List;

/**
 * A plan composed once, independent of file format; every {@link PlanWriter} renders the same
 * model, so the truth derived from it holds for all formats.
 *
 * @param council        the fictional council's name, shown on the front page
 * @param title          the document title on the front page
 * @param frontPage      label/value pairs of the front page, in order
 * @param sections       in document order
 * @param closing        the officer's signature block, after the last section
 * @param runningHeader  text at the top of every page (or in the DOCX header part)
 * @param runningFooter  text before "Page n of m" at the foot of every page
 */
public record PlanDocument(
        HouseStyle style,
        String council,
        String title,
        List<Field> frontPage,
        List<Section> sections,
        List<String> closing,
        String runningHeader,
        String runningFooter) {

    /** A front-page line. */
    public record Field(String label, String value) {
    }

    /** A block of body text; the kind decides how writers draw it, never its words. */
    public record Block(Kind kind, String text) {
        public enum Kind { PARAGRAPH, SUBHEADING, BULLET }

        public static Block p(String text) {
            return new Block(Kind.PARAGRAPH, text);
        }

        public static Block sub(String text) {
            return new Block(Kind.SUBHEADING, text);
        }

        public static Block bullet(String text) {
            return new Block(Kind.BULLET, text);
        }
    }

    /**
     * One section as the house style heads it. {@code code} is H1 also when the style puts H1 and
     * H2 under one heading; see {@link SectionTruth}.
     */
    public record Section(SectionCode code, String heading, List<Block> blocks) {
        /** The body as a segmenter should return it: blocks joined by '\n'. */
        public String bodyText() {
            StringBuilder sb = new StringBuilder();
            for (Block b : blocks) {
                if (!sb.isEmpty()) {
                    sb.append('\n');
                }
                sb.append(b.text());
            }
            return sb.toString();
        }
    }
}
