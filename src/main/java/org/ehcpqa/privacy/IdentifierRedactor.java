package org.ehcpqa.privacy;

import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Replaces identifiers that have a shape of their own, whoever they belong to: e-mail addresses,
 * postal addresses, UK postcodes, UK phone numbers, NHS numbers and unique pupil numbers. Order
 * matters: an address swallows its postcode, a phone number is taken before the digits of an NHS
 * number could be.
 */
final class IdentifierRedactor {

    static final String EMAIL = "[email]";
    static final String ADDRESS = "[address]";
    static final String POSTCODE = "[postcode]";
    static final String PHONE = "[phone]";
    static final String NHS_NUMBER = "[NHS number]";
    static final String UPN = "[UPN]";

    private static final Pattern EMAIL_PATTERN = Pattern.compile(
            "[\\p{L}\\p{N}._%+'-]+@[\\p{L}\\p{N}-]+(?:\\.[\\p{L}\\p{N}-]+)+");

    /** Outward code, space (maybe none), inward code: "XA12 3BC", "M1 1AE", "CF10 1EP". */
    /** Between groups of digits: a space, tab, hyphen or line break (extracted text wraps anywhere), or nothing. */
    private static final String GAP = "(?:[ \\t-]|\\r?\\n)?";
    private static final String POSTCODE_SHAPE = "(?:[A-Z]{1,2}[0-9][A-Z0-9]?|GIR)(?:[ \\t]|\\r?\\n)?[0-9][A-Z]{2}";
    private static final Pattern POSTCODE_PATTERN = Pattern.compile(
            "(?=[A-Z])(?<![\\p{L}\\p{N}])" + POSTCODE_SHAPE + "(?![\\p{L}\\p{N}])");

    private static final String STREET = "(?:Road|Rd|Street|St|Lane|Ln|Close|Cl|Drive|Dr|Avenue|Ave|Crescent|Cres|"
            + "Walk|Rise|Row|Fold|Way|Court|Ct|Place|Pl|Grove|Gr|Terrace|Gardens|Gdns|Mews|Hill|Green|Park|Square|Sq|"
            + "Vale|View|Mount|Bank|Brow|Croft|Fields|Meadow|Meadows|Parade|Gate|Yard|Wharf|Heights|Side|End|Edge|"
            + "Boulevard|Approach|Chase|Glade|Dene|Wynd|Garth|Lea|Ley|Nook|Hollow)";
    private static final String PLACE_WORD = "\\p{Lu}[\\p{L}\\p{M}'’-]*(?![\\p{L}\\p{N}])";
    /**
     * A house number and street ("12 Heron Close", "Flat 3, 7 Quarry Bank Road"), then the town
     * and postcode when they follow on the same line. Welsh street names put the street word first
     * ("7 Heol y Felin"), so a number, a few words and a postcode also make an address.
     */
    private static final Pattern ADDRESS_PATTERN = Pattern.compile(
            "(?=[0-9FAU])(?<![\\p{L}\\p{N}£$.,])(?:(?:Flat|Apartment|Apt|Unit)[ \\t]+[0-9]+[A-Za-z]?,?[ \\t]+)?[0-9]{1,4}[A-Za-z]?,?[ \\t]+"
                    + "(?:(?:" + PLACE_WORD + "[ \\t]+){1,3}" + STREET + "(?![\\p{L}])"
                    + "(?:,[ \\t]*" + PLACE_WORD + "(?:[ \\t]+" + PLACE_WORD + "){0,2}){0,2}"
                    + "(?:,?[ \\t]*" + POSTCODE_SHAPE + "(?![\\p{L}\\p{N}]))?"
                    + "|" + PLACE_WORD + "(?:[ \\t]+[\\p{L}\\p{M}'’-]+){0,4}(?:,[ \\t]*" + PLACE_WORD
                    + "(?:[ \\t]+" + PLACE_WORD + "){0,2}){0,2},?[ \\t]*" + POSTCODE_SHAPE + "(?![\\p{L}\\p{N}]))");

    /**
     * UK numbers as people write them: mobiles (07700 900123), geographic numbers with 2- to
     * 5-digit area codes, with brackets, spaces or hyphens, or +44 in place of the leading 0.
     */
    private static final Pattern PHONE_PATTERN = Pattern.compile(
            "(?=[+(0])(?<![\\p{N}+])(?:\\+44" + GAP + "(?:\\(0\\)" + GAP + ")?|\\(?0)[0-9]{2,5}\\)?" + GAP + "[0-9]{3,4}" + GAP
                    + "[0-9]{3,4}(?![0-9])");
    /** Ten digits as 3-3-4 (with or without spaces or hyphens). */
    private static final Pattern NHS_PATTERN = Pattern.compile(
            "(?=[0-9])(?<![\\p{N}])[0-9]{3}" + GAP + "[0-9]{3}" + GAP + "[0-9]{4}(?![\\p{N}])");
    /** A letter and twelve digits, or a temporary UPN ending in a letter: thirteen characters. */
    private static final Pattern UPN_PATTERN = Pattern.compile(
            "(?=[A-Z])(?<![\\p{L}\\p{N}])[A-Z][0-9]{11}[0-9A-Z](?![\\p{L}\\p{N}])");

    private IdentifierRedactor() {
    }

    static String redactEmails(String text) {
        return EMAIL_PATTERN.matcher(text).replaceAll(EMAIL);
    }

    /** Everything but e-mail addresses (see {@link #redactEmails}); each of these has a digit. */
    static String redact(String text) {
        String out = replace(ADDRESS_PATTERN, text, m -> ADDRESS);
        out = replace(POSTCODE_PATTERN, out, m -> POSTCODE);
        out = replace(PHONE_PATTERN, out, m -> isPhoneNumber(m.group()) ? PHONE : m.group());
        out = replace(NHS_PATTERN, out, m -> NHS_NUMBER);
        out = replace(UPN_PATTERN, out, m -> UPN);
        return out;
    }

    private static boolean isPhoneNumber(String candidate) {
        int digits = 0;
        for (int i = 0; i < candidate.length(); i++) {
            if (Character.isDigit(candidate.charAt(i))) {
                digits++;
            }
        }
        return candidate.startsWith("+44") ? digits >= 11 && digits <= 12 : digits >= 10 && digits <= 11;
    }

    static String replace(Pattern pattern, String text, Function<Matcher, String> replacement) {
        Matcher m = pattern.matcher(text);
        if (!m.find()) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        int copied = 0;
        do {
            out.append(text, copied, m.start()).append(replacement.apply(m));
            copied = m.end();
        } while (m.find());
        out.append(text, copied, text.length());
        return out.toString();
    }
}
