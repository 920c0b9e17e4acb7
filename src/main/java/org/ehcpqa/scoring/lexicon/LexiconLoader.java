package org.ehcpqa.scoring.lexicon;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Reads qa-framework/lexicons/*.yaml. Councils edit these files by hand, so every error names the
 * file and line, and unknown keys are refused rather than silently ignored (a typo such as
 * "alternatve" would otherwise drop a suggestion without anyone noticing).
 *
 * <pre>
 * description: why this list exists
 * entries:
 *   - term: access to            # a literal phrase, matched as whole words, any case
 *     note: says the child may use something, not that it will be given
 *     alternative: will have ... for 20 minutes daily
 *   - pattern: '\b(?-i:may)\b'   # or a regular expression (case-insensitive unless (?-i))
 *     label: may
 *     tags: [modal]
 * </pre>
 */
@Singleton
public class LexiconLoader {

    private final Path frameworkDir;

    public LexiconLoader(@Value("${ehcpqa.framework.dir:./qa-framework}") String frameworkDir) {
        this.frameworkDir = Path.of(frameworkDir);
    }

    public Lexicons load() {
        return load(frameworkDir.resolve("lexicons"));
    }

    /** Loads every *.yaml in the directory and insists on the lexicons the checks need. */
    public Lexicons load(Path lexiconDir) {
        if (!Files.isDirectory(lexiconDir)) {
            throw new LexiconException("Lexicon directory not found: " + lexiconDir.toAbsolutePath());
        }
        Map<String, Lexicon> lexicons = new TreeMap<>();
        try (Stream<Path> files = Files.list(lexiconDir)) {
            for (Path file : files.filter(LexiconLoader::isYaml).sorted().toList()) {
                Lexicon lexicon = loadFile(file);
                lexicons.put(lexicon.name(), lexicon);
            }
        } catch (IOException e) {
            throw new LexiconException("Cannot list lexicon directory " + lexiconDir + ": " + e.getMessage(), e);
        }
        List<String> missing = new ArrayList<>();
        for (String name : Lexicons.REQUIRED) {
            if (!lexicons.containsKey(name)) {
                missing.add(name + ".yaml");
            }
        }
        if (!missing.isEmpty()) {
            throw new LexiconException("Lexicon directory " + lexiconDir + " lacks " + String.join(", ", missing));
        }
        return new Lexicons(lexicons);
    }

    public Lexicon loadFile(Path file) {
        String fileName = file.getFileName().toString();
        String name = fileName.substring(0, fileName.lastIndexOf('.'));
        Node root;
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            root = new Yaml(new LoaderOptions()).compose(reader);
        } catch (MarkedYAMLException e) {
            int line = e.getProblemMark() == null ? 0 : e.getProblemMark().getLine() + 1;
            throw new LexiconException(fileName + ", line " + line + ": not valid YAML ("
                    + firstLine(e.getProblem()) + ")", e);
        } catch (YAMLException | IOException e) {
            throw new LexiconException(fileName + ": cannot be read (" + firstLine(e.getMessage()) + ")", e);
        }
        if (!(root instanceof MappingNode mapping)) {
            throw new LexiconException(fileName + ", line " + (root == null ? 1 : line(root))
                    + ": expected 'description' and 'entries' keys at the top");
        }
        return new Lexicon(name, entries(fileName, mapping));
    }

    private static List<LexiconEntry> entries(String fileName, MappingNode root) {
        Node entriesNode = null;
        for (NodeTuple tuple : root.getValue()) {
            String key = scalarKey(fileName, tuple);
            switch (key) {
                case "description" -> { }
                case "entries" -> entriesNode = tuple.getValueNode();
                default -> throw new LexiconException(fileName + ", line " + line(tuple.getKeyNode())
                        + ": unknown key '" + key + "' (expected description, entries)");
            }
        }
        if (!(entriesNode instanceof org.yaml.snakeyaml.nodes.SequenceNode sequence)) {
            throw new LexiconException(fileName + ", line " + line(entriesNode == null ? root : entriesNode)
                    + ": 'entries' must be a list");
        }
        EntryParser parser = new EntryParser(fileName);
        List<LexiconEntry> entries = new ArrayList<>();
        for (Node node : sequence.getValue()) {
            entries.add(parser.parse(node));
        }
        return entries;
    }

    static String scalarKey(String fileName, NodeTuple tuple) {
        if (!(tuple.getKeyNode() instanceof ScalarNode scalar)) {
            throw new LexiconException(fileName + ", line " + line(tuple.getKeyNode()) + ": keys must be plain words");
        }
        return scalar.getValue();
    }

    static int line(Node node) {
        return node.getStartMark().getLine() + 1;
    }

    private static boolean isYaml(Path path) {
        String name = path.getFileName().toString();
        return Files.isRegularFile(path) && (name.endsWith(".yaml") || name.endsWith(".yml"));
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unknown error";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
