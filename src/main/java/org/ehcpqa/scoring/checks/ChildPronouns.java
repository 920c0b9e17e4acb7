package org.ehcpqa.scoring.checks;

import org.ehcpqa.scoring.text.Sentences;
import org.ehcpqa.scoring.text.Span;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The pronouns that refer to the child: each he/she after the child's name in the same sentence,
 * or, when there is none, the one opening the next sentence. A person word between them ("Amira's mum says she")
 * means the pronoun is someone else's, so it is not counted. "They" is left out: plans use it for
 * groups and staff far more than for the child, and it cannot be told apart reliably.
 */
final class ChildPronouns {

    private static final Pattern PRONOUN = Pattern.compile("\\b(?:he|him|his|himself|she|her|hers|herself)\\b",
            Pattern.CASE_INSENSITIVE);
    // Singular people only: "staff should give her time" or "her peers" cannot be what "her" stands for.
    private static final Pattern OTHER_PERSON = Pattern.compile("\\b(?:mum|mother|dad|father|parent|carer|"
            + "teacher|sister|brother|grandm\\w*|grandad|grandf\\w*|nan|aunt\\w*|uncle|friend|peer|therapist|"
            + "assistant|SENCo|psychologist|nurse|doctor|paediatrician|worker|adult|keyworker|tutor)\\b",
            Pattern.CASE_INSENSITIVE);

    private static final Pattern OPENING = Pattern.compile("^(?:He|She|His|Her)\\b");

    record Use(boolean male, int start, int end, String text) {
    }

    private ChildPronouns() {
    }

    static List<Use> find(String text, String firstName) {
        List<Use> uses = new ArrayList<>();
        List<Span> sentences = Sentences.split(text);
        for (int i = 0; i < sentences.size(); i++) {
            Span sentence = sentences.get(i);
            int nameAt = wordAt(sentence.text(), firstName);
            if (nameAt < 0) {
                continue;
            }
            int nameEnd = nameAt + firstName.length();
            String rest = sentence.text().substring(nameEnd);
            Matcher pronoun = PRONOUN.matcher(rest);
            // Every pronoun after the name counts until another person is mentioned: a copied clause
            // ("her spelling ..., which limits how much he can record") changes pronoun mid-sentence.
            Matcher other = OTHER_PERSON.matcher(rest);
            int otherAt = other.find() ? other.start() : rest.length();
            boolean found = false;
            while (pronoun.find() && pronoun.start() < otherAt) {
                uses.add(use(sentence.start() + nameEnd + pronoun.start(), pronoun.group()));
                found = true;
            }
            if (!found && i + 1 < sentences.size()) {
                Span next = sentences.get(i + 1);
                Matcher opening = OPENING.matcher(next.text());
                if (opening.find()) {
                    uses.add(use(next.start(), opening.group()));
                }
            }
        }
        return uses;
    }

    /**
     * Where the name first stands as a whole word, as the regex word boundary would decide, or -1.
     * Found with indexOf: this runs for every sentence of every section.
     */
    static int wordAt(String text, String word) {
        if (word.isEmpty()) {
            return -1;
        }
        for (int at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
            int end = at + word.length();
            if ((at == 0 || !isWordCharacter(text.charAt(at - 1)))
                    && (end == text.length() || !isWordCharacter(text.charAt(end)))) {
                return at;
            }
        }
        return -1;
    }

    private static boolean isWordCharacter(char c) {
        return Character.isLetterOrDigit(c) || c == '_';
    }

    private static Use use(int start, String word) {
        String lower = word.toLowerCase(java.util.Locale.ROOT);
        boolean male = lower.startsWith("he") && !lower.startsWith("her") || lower.startsWith("hi");
        return new Use(male, start, start + word.length(), word);
    }
}
