package org.ehcpqa.framework;

import jakarta.inject.Singleton;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Node;

import java.io.InputStreamReader;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Turns the bytes of one framework file into a {@link ValidationReport}. Stateless: the registry decides what becomes
 * active. Reads the YAML as a node tree rather than binding it to classes, because only the tree keeps line numbers
 * and lets unknown keys be reported instead of silently dropped.
 */
@Singleton
public class FrameworkLoader {

    /** Frameworks are a few hundred lines; a larger file is a mistake or an attack, not a framework. */
    static final int MAX_BYTES = 1 << 20;

    public ValidationReport load(String file, byte[] bytes) {
        String hash = sha256(bytes);
        Violations violations = new Violations(file);
        if (bytes.length > MAX_BYTES) {
            violations.add(1, "The file is " + bytes.length + " bytes; a framework file may be at most "
                    + MAX_BYTES + " bytes.");
            return new ValidationReport(file, hash, violations.inFileOrder(), null);
        }
        Node root = compose(bytes, violations);
        if (root == null) {
            if (violations.isEmpty()) {
                violations.add(1, "The file is empty.");
            }
            return new ValidationReport(file, hash, violations.inFileOrder(), null);
        }
        Draft draft = new FrameworkParser(violations).parse(root);
        new FrameworkRules(violations).check(draft);
        if (!violations.isEmpty()) {
            return new ValidationReport(file, hash, violations.inFileOrder(), null);
        }
        QaFramework framework = new QaFramework(draft.id(), draft.version(), hash, file, draft.title(),
                draft.description(), draft.sources(), draft.scale(), draft.sections(), draft.criteria(),
                new RatingRule(draft.rules()), draft.lexicons());
        return new ValidationReport(file, hash, violations.inFileOrder(), framework);
    }

    private static Node compose(byte[] bytes, Violations violations) {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(true); // duplicates are reported with both lines by YamlMapping
        options.setMaxAliasesForCollections(20);
        try (var reader = new InputStreamReader(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8)) {
            return new Yaml(options).compose(reader);
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            violations.add(mark == null ? 1 : mark.getLine() + 1, "The file is not valid YAML: " + e.getProblem() + ".");
        } catch (YAMLException | java.io.IOException e) {
            violations.add(1, "The file could not be read as YAML: " + e.getMessage());
        }
        return null;
    }

    /** The version hash: lower-case hex SHA-256 of the exact bytes, so any edit, even whitespace, is a new version. */
    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime provides SHA-256", e);
        }
    }
}
