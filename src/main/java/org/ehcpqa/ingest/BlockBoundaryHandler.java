package org.ehcpqa.ingest;

import org.apache.tika.sax.ContentHandlerDecorator;
import org.xml.sax.Attributes;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;

import java.util.Set;

/**
 * Makes sure every block (paragraph, heading, list item, table row or cell) starts on a line of
 * its own. Some Tika parsers, the OpenDocument one among them, emit no line break after a
 * heading, so "Part G – Health provision" would run into the paragraph below it and the heading
 * could not be found. A break is added only where none was written, so formats whose parsers
 * already break lines come out unchanged.
 */
final class BlockBoundaryHandler extends ContentHandlerDecorator {

    private static final Set<String> BLOCKS = Set.of("p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "tr", "td",
            "th", "div", "blockquote", "pre");
    private static final char[] NEWLINE = {'\n'};

    private char last = '\n';

    BlockBoundaryHandler(ContentHandler handler) {
        super(handler);
    }

    @Override
    public void startElement(String uri, String localName, String name, Attributes attributes) throws SAXException {
        if (BLOCKS.contains(localName) && last != '\n') {
            // Cells of one row are kept apart by a tab, as Tika itself does, not put on new lines.
            boolean cell = localName.equals("td") || localName.equals("th");
            if (!cell || last != '\t') {
                emit(cell ? '\t' : '\n');
            }
        }
        super.startElement(uri, localName, name, attributes);
    }

    @Override
    public void characters(char[] ch, int start, int length) throws SAXException {
        if (length > 0) {
            last = ch[start + length - 1];
        }
        super.characters(ch, start, length);
    }

    @Override
    public void ignorableWhitespace(char[] ch, int start, int length) throws SAXException {
        if (length > 0) {
            last = ch[start + length - 1];
        }
        super.ignorableWhitespace(ch, start, length);
    }

    private void emit(char separator) throws SAXException {
        char[] text = separator == '\n' ? NEWLINE : new char[]{separator};
        super.characters(text, 0, 1);
        last = separator;
    }
}
