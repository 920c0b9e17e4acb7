package org.ehcpqa.scoring.lexicon;

import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/** Turns one YAML entry node into a compiled entry, with the line in every complaint. */
final class EntryParser {

    // Letters and digits on either side would make "OT" match inside "NOT" or "pilot".
    private static final String BEFORE = "(?<![\\p{L}\\p{N}])";
    private static final String AFTER = "(?![\\p{L}\\p{N}])";

    private final String fileName;

    EntryParser(String fileName) {
        this.fileName = fileName;
    }

    LexiconEntry parse(Node node) {
        if (!(node instanceof MappingNode mapping)) {
            throw error(node, "each entry must be a mapping such as '- term: access to'");
        }
        String term = null;
        String pattern = null;
        String label = null;
        String alternative = null;
        String note = null;
        boolean caseSensitive = false;
        Set<String> tags = new LinkedHashSet<>();
        for (NodeTuple tuple : mapping.getValue()) {
            String key = LexiconLoader.scalarKey(fileName, tuple);
            Node value = tuple.getValueNode();
            switch (key) {
                case "term" -> term = scalar(value, key);
                case "pattern" -> pattern = scalar(value, key);
                case "label" -> label = scalar(value, key);
                case "alternative" -> alternative = scalar(value, key);
                case "note" -> note = scalar(value, key);
                case "caseSensitive" -> caseSensitive = Boolean.parseBoolean(scalar(value, key));
                case "tags" -> tags.addAll(tagList(value));
                default -> throw error(tuple.getKeyNode(), "unknown key '" + key
                        + "' (expected term, pattern, label, alternative, note, caseSensitive, tags)");
            }
        }
        if ((term == null) == (pattern == null)) {
            throw error(node, "an entry needs exactly one of 'term' or 'pattern'");
        }
        String regex;
        java.util.List<String> words = null;
        if (term != null) {
            if (term.isBlank()) {
                throw error(node, "'term' is empty");
            }
            regex = BEFORE + literal(term) + AFTER;
            label = label == null ? term.trim() : label;
            words = java.util.List.of(term.trim().split("\\s+"));
        } else {
            regex = pattern;
            label = label == null ? pattern : label;
        }
        if (caseSensitive) {
            regex = "(?-i:" + regex + ")";
        }
        Pattern compiled;
        try {
            compiled = Pattern.compile(regex, Lexicon.FLAGS);
        } catch (PatternSyntaxException e) {
            throw error(node, "'" + label + "' is not a valid regular expression (" + e.getDescription() + ")");
        }
        return new LexiconEntry(label, regex, alternative, note, tags, compiled, words, caseSensitive);
    }

    /** Words of a phrase may be split by any run of white space, as line wrapping does. */
    private static String literal(String term) {
        StringBuilder regex = new StringBuilder();
        for (String word : term.trim().split("\\s+")) {
            if (!regex.isEmpty()) {
                regex.append("\\s+");
            }
            regex.append(Pattern.quote(word));
        }
        return regex.toString();
    }

    private String scalar(Node value, String key) {
        if (!(value instanceof ScalarNode scalar)) {
            throw error(value, "'" + key + "' must be a single value");
        }
        return scalar.getValue();
    }

    private Set<String> tagList(Node value) {
        Set<String> tags = new LinkedHashSet<>();
        if (value instanceof ScalarNode scalar) {
            tags.add(scalar.getValue());
        } else if (value instanceof SequenceNode sequence) {
            for (Node element : sequence.getValue()) {
                tags.add(scalar(element, "tags"));
            }
        } else {
            throw error(value, "'tags' must be a word or a list of words");
        }
        return tags;
    }

    private LexiconException error(Node node, String message) {
        return new LexiconException(fileName + ", line " + LexiconLoader.line(node) + ": " + message);
    }
}
