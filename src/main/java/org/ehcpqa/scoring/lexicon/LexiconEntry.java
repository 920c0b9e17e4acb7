package org.ehcpqa.scoring.lexicon;

import io.micronaut.core.annotation.Nullable;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * One term of a lexicon.
 *
 * @param label       what the auditor sees: the literal term, or the entry's label for a pattern
 * @param regex       the regular expression the entry matches, without flags (a literal term is
 *                    quoted and bounded by non-letters)
 * @param alternative the plain-English wording to suggest, if any
 * @param note        why the term matters, in one clause
 * @param tags        groups the entry belongs to (e.g. frequency, duration)
 * @param words       the words of a literal term, matched without regular expressions; null for
 *                    a pattern entry
 */
public record LexiconEntry(String label, String regex, @Nullable String alternative, @Nullable String note,
                           Set<String> tags, Pattern pattern, @Nullable java.util.List<String> words,
                           boolean caseSensitive) {

    public LexiconEntry {
        tags = Set.copyOf(tags);
        words = words == null ? null : java.util.List.copyOf(words);
    }

    public boolean isLiteral() {
        return words != null;
    }

    public boolean hasTag(String tag) {
        return tags.contains(tag);
    }
}
