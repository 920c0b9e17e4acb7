package org.ehcpqa.scoring.lexicon;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;

/** Loads the lexicons once per application; a broken file stops the scorer from starting. */
@Factory
public class LexiconsFactory {

    @Singleton
    Lexicons lexicons(LexiconLoader loader) {
        return loader.load();
    }
}
