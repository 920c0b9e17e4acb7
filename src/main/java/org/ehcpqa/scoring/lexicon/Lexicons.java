package org.ehcpqa.scoring.lexicon;

import java.util.List;
import java.util.Map;

/**
 * Every lexicon the checks use, by file name without ".yaml". The checks ask for the lexicons
 * below by name; a council may add others for its own framework's use.
 */
public record Lexicons(Map<String, Lexicon> byName) {

    public static final String VAGUE_WORDING = "vague-wording";
    public static final String JARGON = "jargon";
    public static final String ROLES = "roles";
    public static final String THERAPY_TERMS = "therapy-terms";
    public static final String TIME_EXPRESSIONS = "time-expressions";
    public static final String MEASURES = "measures";
    public static final String KEY_CONCEPTS = "key-concepts";
    public static final String NEED_MARKERS = "need-markers";
    public static final String ADVICE_TYPES = "advice-types";
    public static final String PFA_DOMAINS = "pfa-domains";
    public static final String PHASE_TERMS = "phase-terms";

    /** The lexicons the built-in checks cannot run without. */
    public static final List<String> REQUIRED = List.of(VAGUE_WORDING, JARGON, ROLES, THERAPY_TERMS,
            TIME_EXPRESSIONS, MEASURES, KEY_CONCEPTS, NEED_MARKERS, ADVICE_TYPES, PFA_DOMAINS, PHASE_TERMS);

    public Lexicons {
        byName = Map.copyOf(byName);
    }

    public Lexicon get(String name) {
        Lexicon lexicon = byName.get(name);
        if (lexicon == null) {
            throw new IllegalStateException("No lexicon named '" + name + "' was loaded");
        }
        return lexicon;
    }

    public Lexicon vagueWording() {
        return get(VAGUE_WORDING);
    }

    public Lexicon jargon() {
        return get(JARGON);
    }

    public Lexicon roles() {
        return get(ROLES);
    }

    public Lexicon therapyTerms() {
        return get(THERAPY_TERMS);
    }

    public Lexicon timeExpressions() {
        return get(TIME_EXPRESSIONS);
    }

    public Lexicon measures() {
        return get(MEASURES);
    }

    public Lexicon keyConcepts() {
        return get(KEY_CONCEPTS);
    }

    public Lexicon needMarkers() {
        return get(NEED_MARKERS);
    }

    public Lexicon adviceTypes() {
        return get(ADVICE_TYPES);
    }

    public Lexicon pfaDomains() {
        return get(PFA_DOMAINS);
    }

    public Lexicon phaseTerms() {
        return get(PHASE_TERMS);
    }
}
