package org.ehcpqa.framework;

import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Typed, line-aware reads from one YAML mapping. Every read that fails records a violation and returns empty, so the
 * parser carries on and the author sees all problems in one pass instead of one per save.
 */
final class YamlMapping {

    private final MappingNode node;
    private final Violations violations;
    private final Map<String, NodeTuple> tuples = new LinkedHashMap<>();
    private final List<ScalarNode> duplicates = new ArrayList<>();
    private String context;

    private YamlMapping(MappingNode node, String context, Violations violations) {
        this.node = node;
        this.context = context;
        this.violations = violations;
        for (NodeTuple tuple : node.getValue()) {
            if (!(tuple.getKeyNode() instanceof ScalarNode key)) {
                violations.add(line(tuple.getKeyNode()), "Keys must be plain words " + context + ".");
            } else if (tuples.containsKey(key.getValue())) {
                duplicates.add(key);
            } else {
                tuples.put(key.getValue(), tuple);
            }
        }
    }

    /** Reads a node that must be a mapping; {@code what} names it in messages ("criterion 3", "the scale"). */
    static Optional<YamlMapping> of(Node node, String what, String context, Violations violations) {
        if (node instanceof MappingNode mapping) {
            return Optional.of(new YamlMapping(mapping, context, violations));
        }
        violations.add(line(node), capitalise(what) + " must be a mapping of keys to values, not " + describe(node) + ".");
        return Optional.empty();
    }

    static int line(Node node) {
        return node.getStartMark().getLine() + 1;
    }

    /** Names the mapping in later messages once its id is known ("in criterion \"F1\""). */
    void describedAs(String newContext) {
        this.context = newContext;
    }

    /** How messages name this mapping: "in criterion \"F1\"". */
    String context() {
        return context;
    }

    /** The mapping as the subject of a sentence: "Limiting rule \"x\"". */
    String subject() {
        return capitalise(context.replaceFirst("^in ", ""));
    }

    int line() {
        return line(node);
    }

    int lineOf(String key) {
        NodeTuple tuple = tuples.get(key);
        return tuple == null ? line() : line(tuple.getKeyNode());
    }

    boolean has(String key) {
        return tuples.containsKey(key);
    }

    /** Also reports repeated keys; called once the mapping is named, so messages say which criterion they are in. */
    void rejectUnknownKeys(Set<String> allowed) {
        reportDuplicateKeys();
        tuples.forEach((key, tuple) -> {
            if (!allowed.contains(key)) {
                violations.add(line(tuple.getKeyNode()),
                        "Unknown key \"" + key + "\" " + context + Suggestions.didYouMean(key, allowed));
            }
        });
    }

    /** YAML lets a later key silently replace an earlier one; in a framework that is always a mistake. */
    void reportDuplicateKeys() {
        for (ScalarNode key : duplicates) {
            violations.add(line(key), "Key \"" + key.getValue() + "\" appears twice " + context
                    + " (first on line " + line(tuples.get(key.getValue()).getKeyNode()) + ").");
        }
    }

    Optional<Node> node(String key, boolean required) {
        NodeTuple tuple = tuples.get(key);
        if (tuple == null) {
            if (required) {
                violations.add(line(), "Missing required key \"" + key + "\" " + context + ".");
            }
            return Optional.empty();
        }
        Node value = tuple.getValueNode();
        if (value instanceof ScalarNode scalar && scalar.getTag().equals(Tag.NULL)) {
            violations.add(line(tuple.getKeyNode()), "\"" + key + "\" " + context + " has no value.");
            return Optional.empty();
        }
        return Optional.of(value);
    }

    Optional<String> text(String key, boolean required) {
        return node(key, required).flatMap(value -> {
            if (!(value instanceof ScalarNode scalar)) {
                return wrongType(key, value, "text");
            }
            if (scalar.getValue().isBlank()) {
                violations.add(line(value), "\"" + key + "\" " + context + " is blank.");
                return Optional.empty();
            }
            return Optional.of(scalar.getValue().strip());
        });
    }

    Optional<Double> number(String key, boolean required) {
        return node(key, required).flatMap(value -> number(key, value));
    }

    Optional<Double> number(String key, Node value) {
        if (value instanceof ScalarNode scalar
                && (scalar.getTag().equals(Tag.INT) || scalar.getTag().equals(Tag.FLOAT))) {
            try {
                return Optional.of(Double.parseDouble(scalar.getValue().replace("_", "")));
            } catch (NumberFormatException e) {
                // YAML 1.1 also calls 0x1F and 1:30 numbers; a framework has no use for them.
            }
        }
        return wrongType(key, value, "a number");
    }

    /** Whether the key holds a readable true or false; reading it with {@link #flag} reports when it does not. */
    boolean isFlag(String key) {
        NodeTuple tuple = tuples.get(key);
        return tuple != null && tuple.getValueNode() instanceof ScalarNode scalar
                && (scalar.getValue().equalsIgnoreCase("true") || scalar.getValue().equalsIgnoreCase("false"));
    }

    boolean flag(String key, boolean absent) {
        return node(key, false).flatMap(value -> {
            if (value instanceof ScalarNode scalar) {
                String word = scalar.getValue().toLowerCase(Locale.ROOT);
                if (word.equals("true") || word.equals("false")) {
                    return Optional.of(Boolean.parseBoolean(word));
                }
            }
            return this.<Boolean>wrongType(key, value, "true or false");
        }).orElse(absent);
    }

    Optional<List<Node>> list(String key, boolean required) {
        return node(key, required).flatMap(value -> value instanceof SequenceNode sequence
                ? Optional.of(sequence.getValue())
                : wrongType(key, value, "a list"));
    }

    <T> Optional<T> wrongType(String key, Node value, String expected) {
        violations.add(line(value), "\"" + key + "\" " + context + " must be " + expected + ", not "
                + describe(value) + ".");
        return Optional.empty();
    }

    static String describe(Node node) {
        if (node instanceof ScalarNode scalar) {
            return "\"" + scalar.getValue() + "\"";
        }
        return node instanceof SequenceNode ? "a list" : "a mapping";
    }

    private static String capitalise(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
