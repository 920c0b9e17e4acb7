package org.ehcpqa.scoring.lexicon;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A named list of terms compiled once into one alternation per tag, so that a check scans an item
 * once rather than once per term. The combined pattern only finds where something matched; the
 * entry is then told apart by trying the entries at that spot, longest terms first.
 */
public final class Lexicon {

    // Lexicons are English: ASCII case folding is enough for patterns and much cheaper than Unicode folding.
    static final int FLAGS = Pattern.CASE_INSENSITIVE;
    private static final String ALL = "";

    private final String name;
    private final List<LexiconEntry> entries;
    private final Map<String, Dispatch> combined;
    private final Map<String, LiteralIndex> literals;
    private final Map<String, List<LexiconEntry>> byTag;

    public Lexicon(String name, List<LexiconEntry> entries) {
        this.name = name;
        List<LexiconEntry> ordered = new ArrayList<>(entries);
        // Longest labels first so that "speech and language therapist" wins over "therapist".
        ordered.sort((a, b) -> Integer.compare(b.label().length(), a.label().length()));
        this.entries = List.copyOf(ordered);
        Map<String, List<LexiconEntry>> tagged = new HashMap<>();
        tagged.put(ALL, this.entries);
        for (LexiconEntry entry : this.entries) {
            for (String tag : entry.tags()) {
                tagged.computeIfAbsent(tag, t -> new ArrayList<>()).add(entry);
            }
        }
        Map<String, Dispatch> patterns = new HashMap<>();
        Map<String, LiteralIndex> indexes = new HashMap<>();
        Map<String, List<LexiconEntry>> frozen = new HashMap<>();
        tagged.forEach((tag, list) -> {
            List<LexiconEntry> regexEntries = list.stream().filter(e -> !LiteralIndex.indexable(e)).toList();
            frozen.put(tag, regexEntries);
            patterns.put(tag, Dispatch.of(regexEntries));
            indexes.put(tag, new LiteralIndex(list.stream().filter(LiteralIndex::indexable).toList()));
        });
        this.byTag = Map.copyOf(frozen);
        this.combined = Map.copyOf(patterns);
        this.literals = Map.copyOf(indexes);
    }

    private static final Pattern NEVER = Pattern.compile("(?!)");

    private static Pattern combine(List<String> regexes) {
        if (regexes.isEmpty()) {
            return NEVER;
        }
        StringBuilder regex = new StringBuilder();
        for (String entry : regexes) {
            if (!regex.isEmpty()) {
                regex.append('|');
            }
            regex.append("(?:").append(entry).append(')');
        }
        return Pattern.compile(regex.toString(), FLAGS);
    }

    public String name() {
        return name;
    }

    public List<LexiconEntry> entries() {
        return entries;
    }

    public Set<String> tags() {
        Set<String> tags = new LinkedHashSet<>(byTag.keySet());
        tags.remove(ALL);
        return tags;
    }

    public List<LexiconMatch> findAll(CharSequence text) {
        return findAll(text, ALL);
    }

    /** Non-overlapping matches of entries with this tag, left to right; none for an unknown tag. */
    public List<LexiconMatch> findAll(CharSequence text, String tag) {
        LiteralIndex index = literals.get(tag);
        if (index == null) {
            return List.of();
        }
        List<LexiconMatch> matches = new ArrayList<>();
        index.scan(text, matches, false);
        int literalCount = matches.size();
        Attempts attempts = new Attempts(combined.get(tag), text);
        int from = 0;
        Matcher matcher;
        while ((matcher = attempts.next(from)) != null) {
            LexiconEntry entry = identify(text, tag, matcher.start(), matcher.end());
            matches.add(new LexiconMatch(entry, matcher.start(), matcher.end(),
                    text.subSequence(matcher.start(), matcher.end()).toString()));
            from = matcher.end();
        }
        return matches.size() == literalCount ? matches : withoutOverlaps(matches);
    }

    /**
     * The regex entries of one tag, combined into one alternation per first character: at a word
     * starting with "w", only the entries that can start with "w" are tried. The entries keep their
     * order (longest label first) in every alternation, so the entry that matches at a spot is the one
     * the alternation of all entries would have found; entries whose first character cannot be read
     * from the source are in every alternation. Patterns are numbered so that a scan keeps one
     * matcher per pattern in an array, and ASCII characters find theirs without boxing.
     */
    private record Dispatch(List<Pattern> patterns, int[] asciiSlot, Map<Character, Integer> otherSlot) {

        private static final int OTHER = 0;

        static Dispatch of(List<LexiconEntry> entries) {
            List<Set<Character>> firsts = new ArrayList<>();
            Set<Character> known = new java.util.TreeSet<>();
            for (LexiconEntry entry : entries) {
                Set<Character> first = FirstCharacters.of(entry.regex());
                firsts.add(first);
                if (first != null) {
                    known.addAll(first);
                }
            }
            List<String> unknown = new ArrayList<>();
            for (int i = 0; i < entries.size(); i++) {
                if (firsts.get(i) == null) {
                    unknown.add(entries.get(i).regex());
                }
            }
            List<Pattern> patterns = new ArrayList<>();
            patterns.add(combine(unknown));
            int[] ascii = new int[128];
            Map<Character, Integer> other = new HashMap<>();
            for (char c : known) {
                List<String> subset = new ArrayList<>();
                for (int i = 0; i < entries.size(); i++) {
                    if (firsts.get(i) == null) {
                        subset.add(entries.get(i).regex());
                    } else if (firsts.get(i).contains(c)) {
                        subset.add(FirstCharacters.narrowed(entries.get(i).regex(), c));
                    }
                }
                patterns.add(combine(subset));
                if (c < ascii.length) {
                    ascii[c] = patterns.size() - 1;
                } else {
                    other.put(c, patterns.size() - 1);
                }
            }
            return new Dispatch(List.copyOf(patterns), ascii, Map.copyOf(other));
        }

        /** The number of the pattern to try at a spot starting with c. */
        int slot(char c) {
            char lower = Character.toLowerCase(c);
            return lower < asciiSlot.length ? asciiSlot[lower] : otherSlot.getOrDefault(lower, OTHER);
        }

        boolean empty() {
            return patterns.size() == 1 && patterns.getFirst() == NEVER;
        }
    }

    /**
     * Tries the patterns only where a term can begin: at the start of a word or at a symbol such
     * as "£", and there only the entries that can begin with that character. Every pattern in the
     * shipped lexicons begins there, and trying an alternation of patterns at every character was
     * most of the cost of scoring a long plan.
     */
    private static final class Attempts {
        private final Dispatch dispatch;
        private final CharSequence text;
        private final Matcher[] matchers;

        Attempts(Dispatch dispatch, CharSequence text) {
            this.dispatch = dispatch;
            this.text = text;
            this.matchers = new Matcher[dispatch.patterns().size()];
        }

        /** The matcher positioned on the next match at or after from, or null. */
        Matcher next(int from) {
            if (dispatch.empty()) {
                return null;
            }
            int length = text.length();
            for (int i = from; i < length; i++) {
                char c = text.charAt(i);
                boolean wordStart = Character.isLetterOrDigit(c) && (i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1)));
                boolean symbol = !Character.isLetterOrDigit(c) && !Character.isWhitespace(c);
                if (!wordStart && !symbol) {
                    continue;
                }
                int slot = dispatch.slot(c);
                Pattern pattern = dispatch.patterns().get(slot);
                if (pattern == NEVER) {
                    continue;
                }
                Matcher matcher = matchers[slot];
                if (matcher == null) {
                    matcher = pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
                    matchers[slot] = matcher;
                }
                if (matcher.region(i, length).lookingAt() && matcher.end() > i) {
                    return matcher;
                }
            }
            return null;
        }
    }

    /** Earliest first, and the longer of two matches starting together, as one alternation would. */
    private static List<LexiconMatch> withoutOverlaps(List<LexiconMatch> matches) {
        matches.sort((a, b) -> a.start() != b.start() ? Integer.compare(a.start(), b.start())
                : Integer.compare(b.end(), a.end()));
        List<LexiconMatch> kept = new ArrayList<>();
        int reached = -1;
        for (LexiconMatch match : matches) {
            if (match.start() >= reached) {
                kept.add(match);
                reached = match.end();
            }
        }
        return kept;
    }

    public boolean containsAny(CharSequence text, String tag) {
        LiteralIndex index = literals.get(tag);
        if (index == null) {
            return false;
        }
        List<LexiconMatch> found = new ArrayList<>(1);
        index.scan(text, found, true);
        if (!found.isEmpty()) {
            return true;
        }
        return new Attempts(combined.get(tag), text).next(0) != null;
    }

    public boolean containsAny(CharSequence text) {
        return containsAny(text, ALL);
    }

    private LexiconEntry identify(CharSequence text, String tag, int start, int end) {
        List<LexiconEntry> candidates = byTag.get(tag);
        for (LexiconEntry entry : candidates) {
            Matcher matcher = entry.pattern().matcher(text);
            matcher.useTransparentBounds(true).useAnchoringBounds(false).region(start, text.length());
            if (matcher.lookingAt() && matcher.end() == end) {
                return entry;
            }
        }
        for (LexiconEntry entry : candidates) {
            Matcher matcher = entry.pattern().matcher(text);
            matcher.useTransparentBounds(true).useAnchoringBounds(false).region(start, text.length());
            if (matcher.lookingAt()) {
                return entry;
            }
        }
        return candidates.getFirst();
    }
}
