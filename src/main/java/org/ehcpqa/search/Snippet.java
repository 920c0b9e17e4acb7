package org.ehcpqa.search;

import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/**
 * A stretch of section text with the matched words marked. {@code text} is plain text and
 * {@code highlights} are [start, end) offsets into it, so a client can render it safely however it
 * likes; {@code html} is the same with the text HTML-escaped and matches in {@code <mark>}.
 */
@Serdeable
public record Snippet(String text, List<Span> highlights, String html) {

    @Serdeable
    public record Span(int start, int end) {
    }

    static Snippet of(String text, List<Span> highlights) {
        StringBuilder html = new StringBuilder();
        int at = 0;
        for (Span span : highlights) {
            escape(text.substring(at, span.start()), html);
            html.append("<mark>");
            escape(text.substring(span.start(), span.end()), html);
            html.append("</mark>");
            at = span.end();
        }
        escape(text.substring(at), html);
        return new Snippet(text, List.copyOf(highlights), html.toString());
    }

    private static void escape(String text, StringBuilder out) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
    }
}
