package org.ehcpqa.scoring.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a section into the items an auditor judges one by one. Sub-headings and the lines that
 * introduce a list are not items: they are kept as each item's heading and lead-in, because
 * provision such as "The speech and language therapist will:" names its role only there.
 * Stateless and thread-safe.
 */
public final class ItemSplitter {

    private static final Pattern BULLET = Pattern.compile("^[ \\t]*[•\\-*–—·▪●◦○■□➢►✓][ \\t]+");
    private static final Pattern NUMBERED = Pattern.compile(
            "^[ \\t]*(?:\\(?\\d{1,2}(?:\\.\\d{1,2})*[.)]|\\d{1,2}(?:\\.\\d{1,2})+)[ \\t]+");
    private static final Pattern LETTERED = Pattern.compile(
            "^[ \\t]*\\(?(?:[a-h]|i{1,3}|iv|vi{0,3}|ix|x)[.)][ \\t]+");
    private static final Pattern TERMINAL = Pattern.compile("[.!?;:,)\"”’]\\s*$");
    private static final Pattern VERB = Pattern.compile(
            "(?i)\\b(?:will|would|should|can|could|may|must|is|are|has|have|needs?|includes?|says?|said)\\b");
    private static final Pattern DIGIT = Pattern.compile("\\d");

    public List<Item> split(String text) {
        List<Line> lines = lines(text);
        List<Item> items = new ArrayList<>();
        String heading = null;
        String leadIn = null;
        String numberedParent = null;
        Line pendingLeadIn = null;
        int itemStart = -1;
        int itemEnd = -1;
        ItemKind itemKind = null;
        String itemLeadIn = null;
        boolean inTable = false;
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            boolean marked = line.kind() != ItemKind.PARAGRAPH;
            if (!marked && itemStart >= 0 && itemKind != ItemKind.PARAGRAPH && itemKind != ItemKind.TABLE_ROW
                    && isContinuation(text, itemEnd, line)) {
                itemEnd = line.end();
                continue;
            }
            if (itemStart >= 0) {
                items.add(item(text, items.size() + 1, itemKind, itemStart, itemEnd, heading, itemLeadIn));
                itemStart = -1;
            }
            if (pendingLeadIn != null) {
                if (marked) {
                    leadIn = pendingLeadIn.content();
                } else {
                    items.add(item(text, items.size() + 1, ItemKind.PARAGRAPH, pendingLeadIn.contentStart(),
                            pendingLeadIn.end(), heading, null));
                    leadIn = null;
                }
                pendingLeadIn = null;
            }
            if (line.kind() == ItemKind.TABLE_ROW) {
                boolean header = !inTable && isHeaderRow(line.content());
                inTable = true;
                if (header) {
                    continue;
                }
            } else {
                inTable = false;
            }
            if (!marked && isHeading(line.content(), i + 1 < lines.size())) {
                heading = stripColon(line.content());
                leadIn = null;
                numberedParent = null;
                continue;
            }
            if (!marked && line.content().endsWith(":")) {
                pendingLeadIn = line;
                continue;
            }
            if (!marked) {
                leadIn = null;
                numberedParent = null;
            }
            if (line.kind() == ItemKind.NUMBERED && !line.lettered()) {
                if (line.content().endsWith(":")) {
                    leadIn = line.content();
                    numberedParent = null;
                    continue;
                }
                numberedParent = line.content();
            }
            itemStart = line.contentStart();
            itemEnd = line.end();
            itemKind = line.kind();
            itemLeadIn = line.lettered() && numberedParent != null ? numberedParent : leadIn;
        }
        if (itemStart >= 0) {
            items.add(item(text, items.size() + 1, itemKind, itemStart, itemEnd, heading, itemLeadIn));
        }
        if (pendingLeadIn != null) {
            items.add(item(text, items.size() + 1, ItemKind.PARAGRAPH, pendingLeadIn.contentStart(),
                    pendingLeadIn.end(), heading, null));
        }
        return List.copyOf(items);
    }

    private static Item item(String text, int number, ItemKind kind, int start, int end, String heading,
                             String leadIn) {
        return new Item(number, kind, start, end, text.substring(start, end), heading, leadIn);
    }

    /** A wrapped bullet: the previous line stops mid-sentence and this one starts in lower case. */
    private static boolean isContinuation(String text, int previousEnd, Line line) {
        String previous = text.substring(Math.max(0, previousEnd - 2), previousEnd);
        return !TERMINAL.matcher(previous).find() && !line.content().isEmpty()
                && Character.isLowerCase(line.content().charAt(0));
    }

    /** Short, unpunctuated, capitalised lines followed by content are sub-headings. */
    static boolean isHeading(String content, boolean hasNext) {
        if (!hasNext || content.isEmpty()) {
            return false;
        }
        String bare = stripColon(content);
        String[] words = bare.split("\\s+");
        if (words.length > 8 || !Character.isUpperCase(bare.charAt(0))) {
            return false;
        }
        if (DIGIT.matcher(bare).find() && words.length > 3) {
            return false;
        }
        boolean colon = content.endsWith(":");
        // "The therapist will:" introduces a list; "Strategies:" names what follows.
        return colon ? words.length <= 5 && !VERB.matcher(bare).find() : !TERMINAL.matcher(content).find();
    }

    private static boolean isHeaderRow(String content) {
        for (String cell : content.split("\\t|\\|")) {
            String trimmed = cell.trim();
            if (trimmed.split("\\s+").length > 4 || DIGIT.matcher(trimmed).find() || trimmed.endsWith(".")) {
                return false;
            }
        }
        return true;
    }

    private static String stripColon(String content) {
        return content.endsWith(":") ? content.substring(0, content.length() - 1).trim() : content;
    }

    private static List<Line> lines(String text) {
        List<Line> lines = new ArrayList<>();
        int start = 0;
        while (start <= text.length()) {
            int newline = text.indexOf('\n', start);
            int end = newline < 0 ? text.length() : newline;
            Line line = line(text, start, end);
            if (line != null) {
                lines.add(line);
            }
            if (newline < 0) {
                break;
            }
            start = newline + 1;
        }
        return lines;
    }

    private static Line line(String text, int start, int end) {
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        String raw = text.substring(start, end);
        if (raw.isBlank()) {
            return null;
        }
        ItemKind kind = ItemKind.PARAGRAPH;
        boolean lettered = false;
        int offset = 0;
        Matcher matcher;
        if ((matcher = BULLET.matcher(raw)).find()) {
            kind = ItemKind.BULLET;
            offset = matcher.end();
        } else if ((matcher = NUMBERED.matcher(raw)).find()) {
            kind = ItemKind.NUMBERED;
            offset = matcher.end();
        } else if ((matcher = LETTERED.matcher(raw)).find()) {
            kind = ItemKind.NUMBERED;
            lettered = true;
            offset = matcher.end();
        } else {
            while (offset < raw.length() && Character.isWhitespace(raw.charAt(offset))) {
                offset++;
            }
        }
        String content = raw.substring(offset);
        if (kind == ItemKind.PARAGRAPH && (content.indexOf('\t') >= 0 || content.contains(" | ")
                || content.startsWith("|"))) {
            kind = ItemKind.TABLE_ROW;
            if (content.startsWith("|")) {
                content = content.substring(1).stripLeading();
                offset = raw.indexOf(content, offset);
            }
        }
        return new Line(start, end, start + offset, kind, lettered, content);
    }
}
