package org.ehcpqa.synthetic;

import java.util.List;

/**
 * Observation sentences that give a need its context, built from parts so that long plans do not
 * repeat themselves word for word.
 */
final class Elaborations {
    private Elaborations() {
    }

    private static final List<String> SOURCES = List.of("Class staff report that", "The SENCo has observed that",
            "The educational psychologist noted that", "{parent} says that", "{his} key adult has seen that",
            "Observations over the last term show that", "The specialist teacher found that");
    private static final List<String> CONTEXTS = List.of("in whole-class teaching", "during unstructured times",
            "at home", "in small-group work", "when a task is new", "towards the end of the day",
            "when the room is busy", "with a familiar adult", "after a change of routine", "on school trips");
    private static final List<String> BEHAVIOURS = List.of(
            "{n} needs an adult to repeat the instruction and show an example before starting",
            "{n} is most successful when the task is broken into short steps with a visual reminder",
            "{n} watches other children before joining in and may not join in at all",
            "{n} works for about five minutes before needing a movement break",
            "{n} can become tearful and needs time in a quiet space to recover",
            "{n} responds well to praise that is specific and given straight away",
            "{n} relies on routines and asks repeatedly what will happen next",
            "{n} finds it hard to ask for help and may sit without starting",
            "{n} shows real interest when learning is linked to {his} favourite topics",
            "{n} manages well for short periods and then needs reassurance from an adult");
    private static final List<String> CONSEQUENCES = List.of("This affects {his} progress across the curriculum.",
            "This means {he} misses parts of lessons.", "This limits {his} time with other children.",
            "Staff have found that a calm, predictable approach helps.",
            "This has been consistent across settings and over time.",
            "{his} family see the same pattern at home.");

    static String sentence(Rng rng, ChildProfile child, int julyYear) {
        String text = rng.pick(SOURCES) + " " + rng.pick(CONTEXTS) + " " + rng.pick(BEHAVIOURS) + ". "
                + rng.pick(CONSEQUENCES);
        text = text.replace("{parent}", "{n}'s " + child.parentRelation().toLowerCase());
        return capitaliseSentences(NeedFacets.fill(text, child, julyYear));
    }

    /** Pronoun placeholders can open a sentence; give every sentence its capital letter. */
    static String capitaliseSentences(String text) {
        StringBuilder sb = new StringBuilder(text);
        boolean start = true;
        for (int i = 0; i < sb.length(); i++) {
            char c = sb.charAt(i);
            if (start && Character.isLetter(c)) {
                sb.setCharAt(i, Character.toUpperCase(c));
                start = false;
            } else if (c == '.' || c == '?' || c == '!') {
                start = true;
            } else if (!Character.isWhitespace(c)) {
                start = false;
            }
        }
        return sb.toString();
    }
}
