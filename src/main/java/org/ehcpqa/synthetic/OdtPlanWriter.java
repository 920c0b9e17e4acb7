package org.ehcpqa.synthetic;

import org.ehcpqa.synthetic.PlanDocument.Block;
import org.ehcpqa.synthetic.PlanDocument.Section;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes OpenDocument Text by hand: the mimetype entry first and stored, as the spec requires,
 * then content, styles (a master page with header and footer) and the manifest.
 */
final class OdtPlanWriter implements PlanWriter {
    private static final String NS = " xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
            + " xmlns:style=\"urn:oasis:names:tc:opendocument:xmlns:style:1.0\""
            + " xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\""
            + " xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\""
            + " xmlns:fo=\"urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0\" office:version=\"1.3\"";

    @Override
    public byte[] write(PlanDocument plan) {
        return zip(content(plan), styles(plan.runningHeader(), plan.runningFooter()));
    }

    static byte[] zip(String content, String styles) {
        try (ByteArrayOutputStream bytes = new ByteArrayOutputStream(); ZipOutputStream zip = new ZipOutputStream(bytes)) {
            byte[] mimetype = "application/vnd.oasis.opendocument.text".getBytes(StandardCharsets.US_ASCII);
            ZipEntry entry = new ZipEntry("mimetype");
            entry.setMethod(ZipEntry.STORED);
            entry.setSize(mimetype.length);
            CRC32 crc = new CRC32();
            crc.update(mimetype);
            entry.setCrc(crc.getValue());
            entry.setTime(0);
            zip.putNextEntry(entry);
            zip.write(mimetype);
            put(zip, "content.xml", content);
            put(zip, "styles.xml", styles);
            put(zip, "META-INF/manifest.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                    + "<manifest:manifest xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\" manifest:version=\"1.3\">"
                    + "<manifest:file-entry manifest:full-path=\"/\" manifest:media-type=\"application/vnd.oasis.opendocument.text\"/>"
                    + "<manifest:file-entry manifest:full-path=\"content.xml\" manifest:media-type=\"text/xml\"/>"
                    + "<manifest:file-entry manifest:full-path=\"styles.xml\" manifest:media-type=\"text/xml\"/>"
                    + "</manifest:manifest>");
            zip.finish();
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void put(ZipOutputStream zip, String name, String text) throws IOException {
        ZipEntry entry = new ZipEntry(name);
        entry.setTime(0); // fixed times keep the bytes identical for a seed
        zip.putNextEntry(entry);
        zip.write(text.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    static String styles(String header, String footer) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<office:document-styles" + NS + ">"
                + "<office:styles><style:style style:name=\"Heading_20_1\" style:display-name=\"Heading 1\" style:family=\"paragraph\">"
                + "<style:text-properties fo:font-size=\"14pt\" fo:font-weight=\"bold\"/></style:style>"
                + "<style:style style:name=\"Heading_20_2\" style:display-name=\"Heading 2\" style:family=\"paragraph\">"
                + "<style:text-properties fo:font-size=\"11pt\" fo:font-weight=\"bold\"/></style:style></office:styles>"
                + "<office:automatic-styles><style:page-layout style:name=\"pm1\"><style:page-layout-properties"
                + " fo:page-width=\"21cm\" fo:page-height=\"29.7cm\" fo:margin-top=\"2cm\" fo:margin-bottom=\"2cm\""
                + " fo:margin-left=\"2.2cm\" fo:margin-right=\"2.2cm\"/></style:page-layout></office:automatic-styles>"
                + "<office:master-styles><style:master-page style:name=\"Standard\" style:page-layout-name=\"pm1\">"
                + "<style:header><text:p>" + esc(header) + "</text:p></style:header>"
                + "<style:footer><text:p>" + esc(footer) + "</text:p><text:p>Page <text:page-number text:select-page=\"current\">1</text:page-number>"
                + " of <text:page-count>1</text:page-count></text:p></style:footer>"
                + "</style:master-page></office:master-styles></office:document-styles>";
    }

    private static String content(PlanDocument plan) {
        StringBuilder x = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<office:document-content")
                .append(NS).append("><office:automatic-styles>")
                .append("<style:style style:name=\"PB\" style:family=\"paragraph\"><style:paragraph-properties fo:break-before=\"page\"/></style:style>")
                .append("<style:style style:name=\"HB\" style:family=\"paragraph\" style:parent-style-name=\"Heading_20_1\"><style:paragraph-properties fo:break-before=\"page\"/></style:style>")
                .append("<style:style style:name=\"Bold\" style:family=\"text\"><style:text-properties fo:font-weight=\"bold\"/></style:style>")
                .append("</office:automatic-styles><office:body><office:text>");
        x.append("<text:p>").append(esc(plan.council())).append("</text:p>");
        x.append("<text:h text:outline-level=\"1\" text:style-name=\"Heading_20_1\">").append(esc(plan.title())).append("</text:h>");
        for (PlanDocument.Field field : plan.frontPage()) {
            x.append("<text:p><text:span text:style-name=\"Bold\">").append(esc(field.label())).append(": </text:span>")
                    .append(esc(field.value())).append("</text:p>");
        }
        if (plan.style().tableOfContents()) {
            x.append("<text:p text:style-name=\"PB\">Contents</text:p>");
            int page = 3;
            for (Section section : plan.sections()) {
                x.append("<text:p>").append(esc(section.heading())).append("<text:tab/>").append(page).append("</text:p>");
                page += Math.max(1, section.bodyText().length() / 3200);
            }
        }
        x.append("<text:p text:style-name=\"PB\"/>");
        if (plan.style().tableLayout()) {
            x.append("<table:table table:name=\"Plan\"><table:table-column/><table:table-column/>");
            for (Section section : plan.sections()) {
                x.append("<table:table-row><table:table-cell office:value-type=\"string\"><text:p><text:span text:style-name=\"Bold\">")
                        .append(esc(section.heading())).append("</text:span></text:p></table:table-cell>")
                        .append("<table:table-cell office:value-type=\"string\">");
                blocks(x, section);
                x.append("</table:table-cell></table:table-row>");
            }
            x.append("</table:table>");
        } else {
            for (Section section : plan.sections()) {
                String style = plan.style().newPagePerSection() ? "HB" : "Heading_20_1";
                x.append("<text:h text:outline-level=\"1\" text:style-name=\"").append(style).append("\">")
                        .append(esc(section.heading())).append("</text:h>");
                blocks(x, section);
            }
        }
        for (String line : plan.closing()) {
            x.append("<text:p>").append(esc(line)).append("</text:p>");
        }
        return x.append("</office:text></office:body></office:document-content>").toString();
    }

    private static void blocks(StringBuilder x, Section section) {
        for (Block block : section.blocks()) {
            switch (block.kind()) {
                case SUBHEADING -> x.append("<text:p text:style-name=\"Heading_20_2\">").append(esc(block.text())).append("</text:p>");
                case BULLET -> x.append("<text:list><text:list-item><text:p>").append(esc(block.text()))
                        .append("</text:p></text:list-item></text:list>");
                default -> x.append("<text:p>").append(esc(block.text())).append("</text:p>");
            }
        }
    }

    static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
