package org.ehcpqa.scoring.text;

/** Short quotations for explanations that are read aloud. */
public final class Quotes {

    private Quotes() {
    }

    public static String shorten(String text, int max) {
        String flat = text.replaceAll("\\s+", " ").trim();
        if (flat.length() <= max) {
            return flat;
        }
        int cut = flat.lastIndexOf(' ', max);
        return flat.substring(0, cut > max / 2 ? cut : max) + "...";
    }
}
