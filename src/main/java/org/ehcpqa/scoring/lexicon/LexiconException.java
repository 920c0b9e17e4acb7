package org.ehcpqa.scoring.lexicon;

/** A lexicon file the council edited cannot be used; the message names the file and line. */
public class LexiconException extends RuntimeException {

    public LexiconException(String message) {
        super(message);
    }

    public LexiconException(String message, Throwable cause) {
        super(message, cause);
    }
}
