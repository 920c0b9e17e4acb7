package org.ehcpqa.synthetic;

import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Flows text onto A4 pages before anything is drawn, so that "Page n of m" and the contents page
 * can show page numbers that are only known once the whole plan is laid out.
 */
final class PdfLayout {
    static final float WIDTH = 595f;
    static final float HEIGHT = 842f;
    static final float MARGIN = 64f;
    static final float TOP = HEIGHT - 80f;
    static final float BOTTOM = 80f;

    /** A string drawn at a point, or (when text is null) a line from (x, y) to (x2, y2). */
    record Op(String text, boolean bold, float size, float x, float y, float x2, float y2) {
    }

    final PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    final PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
    final List<List<Op>> pages = new ArrayList<>();
    private final Map<Character, Character> replacements = new HashMap<>();
    private final Map<String, Float> regularWidths = new HashMap<>();
    private final Map<String, Float> boldWidths = new HashMap<>();
    private float y;

    PdfLayout() {
        newPage();
    }

    List<Op> page() {
        return pages.get(pages.size() - 1);
    }

    int pageNumber() {
        return pages.size();
    }

    float y() {
        return y;
    }

    void newPage() {
        pages.add(new ArrayList<>());
        y = TOP;
    }

    /** Starts a new page unless the current one is still empty. */
    void breakPage() {
        if (!page().isEmpty()) {
            newPage();
        }
    }

    void gap(float points) {
        y -= points;
    }

    /** Ensures {@code points} of room, else moves to the next page; true when it moved. */
    boolean need(float points) {
        if (y - points < BOTTOM) {
            newPage();
            return true;
        }
        return false;
    }

    /**
     * Wraps and places text between x and x + width; {@code onNewPage} runs when the text crosses a
     * page, so table rows can close their frame.
     */
    void text(String raw, boolean isBold, float size, float x, float width, Runnable onNewPage) {
        String text = safe(raw);
        float leading = size * 1.38f;
        for (String line : wrap(text, isBold ? bold : regular, size, width)) {
            if (y - leading < BOTTOM) {
                if (onNewPage != null) {
                    onNewPage.run();
                }
                newPage();
            }
            y -= leading;
            page().add(new Op(line, isBold, size, x, y, 0, 0));
        }
    }

    void place(String raw, boolean isBold, float size, float x, float atY, List<Op> onPage) {
        onPage.add(new Op(safe(raw), isBold, size, x, atY, 0, 0));
    }

    void rule(float x, float y1, float x2, float y2, List<Op> onPage) {
        onPage.add(new Op(null, false, 0, x, y1, x2, y2));
    }

    float width(String text, boolean isBold, float size) {
        try {
            return (isBold ? bold : regular).getStringWidth(safe(text)) / 1000f * size;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private List<String> wrap(String text, PDType1Font font, float size, float width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        float lineWidth = 0;
        float space = glyphWidth(font, " ", size);
        for (String word : text.split(" ")) {
            float w = glyphWidth(font, word, size);
            if (!line.isEmpty() && lineWidth + space + w > width) {
                lines.add(line.toString());
                line.setLength(0);
                lineWidth = 0;
            }
            if (!line.isEmpty()) {
                line.append(' ');
                lineWidth += space;
            }
            line.append(word);
            lineWidth += w;
        }
        if (!line.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }

    private float glyphWidth(PDType1Font font, String s, float size) {
        // Plans reuse a small vocabulary; measuring each word once makes layout several times faster.
        Map<String, Float> cache = font == bold ? boldWidths : regularWidths;
        Float units = cache.get(s);
        if (units == null) {
            try {
                units = font.getStringWidth(s);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            cache.put(s, units);
        }
        return units / 1000f * size;
    }

    /** The Standard 14 fonts only have WinAnsi glyphs: anything else becomes '?'. */
    String safe(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            if (c == '\n' || c == '\t') {
                c = ' ';
            }
            sb.append(replacements.computeIfAbsent(c, this::encodable));
        }
        return sb.toString();
    }

    private char encodable(char c) {
        try {
            regular.encode(String.valueOf(c));
            return c;
        } catch (IOException | IllegalArgumentException e) {
            return '?';
        }
    }
}
