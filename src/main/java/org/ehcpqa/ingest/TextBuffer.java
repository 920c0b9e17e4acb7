package org.ehcpqa.ingest;

import java.io.IOException;
import java.io.Writer;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

/**
 * The one place extracted text is collected. It normalises as the parser writes, so the page offsets
 * a PDF pass records are already in the final text's coordinates and no second copy of the raw text
 * is needed: '\r\n' and lone '\r' become '\n', and control characters other than '\n', '\t' and
 * '\f' are dropped (NUL and friends break the database, the index and the browser). Everything else,
 * curly quotes, emoji with their joiners, RTL scripts, is kept as written.
 */
final class TextBuffer extends Writer {

    /** Thrown, as an IOException so it passes through PDFBox's writer calls, when the cap is hit. */
    static final class LimitExceededException extends IOException {
        LimitExceededException() {
            super("character limit reached", null);
        }
    }

    private final StringBuilder out;
    private final int maxCharacters;
    private boolean afterCarriageReturn;

    TextBuffer(int maxCharacters, int expectedCharacters) {
        this.maxCharacters = maxCharacters;
        this.out = new StringBuilder(Math.max(16, Math.min(expectedCharacters, maxCharacters)));
    }

    int length() {
        return out.length();
    }

    @Override
    public void write(char[] chars, int offset, int length) throws IOException {
        int end = offset + length;
        int runStart = offset;
        for (int i = offset; i < end; i++) {
            char c = chars[i];
            if (isClean(c)) {
                afterCarriageReturn = false;
                continue;
            }
            out.append(chars, runStart, i - runStart);
            runStart = i + 1;
            handleSpecial(c);
        }
        out.append(chars, runStart, end - runStart);
        checkLimit();
    }

    @Override
    public void write(String text, int offset, int length) throws IOException {
        int end = offset + length;
        int runStart = offset;
        for (int i = offset; i < end; i++) {
            char c = text.charAt(i);
            if (isClean(c)) {
                afterCarriageReturn = false;
                continue;
            }
            out.append(text, runStart, i);
            runStart = i + 1;
            handleSpecial(c);
        }
        out.append(text, runStart, end);
        checkLimit();
    }

    @Override
    public void write(int c) throws IOException {
        write(new char[] {(char) c}, 0, 1);
    }

    private static boolean isClean(char c) {
        return c >= 0x20 ? (c < 0x7f || c > 0x9f) : (c == '\t' || c == '\f');
    }

    private void handleSpecial(char c) {
        if (c == '\r') {
            out.append('\n');
            afterCarriageReturn = true;
            return;
        }
        if (c == '\n') {
            if (!afterCarriageReturn) {
                out.append('\n');
            }
        }
        // any other C0/C1 control character, NUL included, is dropped
        afterCarriageReturn = false;
    }

    private void checkLimit() throws LimitExceededException {
        if (out.length() > maxCharacters) {
            throw new LimitExceededException();
        }
    }

    /**
     * The final text in NFC with the page starts moved to match. Most text is already NFC, so the
     * check usually saves the copy; when it is not, each page is normalised on its own so that the
     * offsets stay exact.
     */
    ExtractedText finish(List<Integer> pageStarts, String mediaType) {
        if (Normalizer.isNormalized(out, Normalizer.Form.NFC)) {
            return new ExtractedText(out.toString(), pageStarts, mediaType);
        }
        StringBuilder normalised = new StringBuilder(out.length());
        List<Integer> moved = new ArrayList<>(pageStarts.size());
        for (int page = 0; page < pageStarts.size(); page++) {
            int start = pageStarts.get(page);
            int end = page + 1 < pageStarts.size() ? pageStarts.get(page + 1) : out.length();
            moved.add(normalised.length());
            normalised.append(Normalizer.normalize(out.subSequence(start, end), Normalizer.Form.NFC));
        }
        return new ExtractedText(normalised.toString(), moved, mediaType);
    }

    @Override
    public void flush() {
        // nothing buffered beyond the StringBuilder itself
    }

    @Override
    public void close() {
        // the text stays readable after the parser closes its writer
    }
}
