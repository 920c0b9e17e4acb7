package org.ehcpqa.framework;

import org.ehcpqa.plan.SectionCode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * First stage of validation: the shape of the file (known keys, required keys, types). It reads as much as it can,
 * so that the second stage ({@link FrameworkRules}) can still check what did parse.
 */
final class FrameworkParser {

    static final Set<String> TOP_KEYS = Set.of("id", "version", "title", "description", "sources", "scale",
            "sections", "criteria", "rating", "lexicons");
    static final Set<String> SOURCE_KEYS = Set.of("title", "citation", "url");
    static final Set<String> SCALE_KEYS = Set.of("name", "levels");
    static final Set<String> LEVEL_KEYS = Set.of("id", "label", "band", "description");
    static final Set<String> SECTION_KEYS = Set.of("code", "title", "weight", "no-needs-statement-accepted");
    static final Set<String> RATING_KEYS = Set.of("limiting-rules");

    private final Violations violations;
    private final Draft.Lines lines = new Draft.Lines();
    private final CriterionParser criterionParser;
    private final RuleParser ruleParser;
    private boolean scaleIncomplete;
    private boolean sectionsIncomplete;
    private boolean rulesIncomplete;

    FrameworkParser(Violations violations) {
        this.violations = violations;
        this.criterionParser = new CriterionParser(violations, lines);
        this.ruleParser = new RuleParser(violations, lines, criterionParser);
    }

    Draft parse(Node root) {
        Optional<YamlMapping> top = YamlMapping.of(root, "the file", "at the top level", violations);
        if (top.isEmpty()) {
            return new Draft(null, null, null, null, List.of(), null, List.of(), List.of(), List.of(), List.of(),
                    lines.asMap(), new Draft.Incomplete(true, true, Set.of(), true, true));
        }
        YamlMapping map = top.get();
        map.rejectUnknownKeys(TOP_KEYS);
        String id = map.text("id", true).orElse(null);
        String version = map.text("version", true).orElse(null);
        String title = map.text("title", true).orElse(null);
        String description = map.text("description", false).orElse(null);
        List<FrameworkSource> sources = map.list("sources", true)
                .map(nodes -> each(nodes, "source", this::source, () -> { })).orElse(List.of());
        RatingScale scale = map.node("scale", true).flatMap(this::scale).orElse(null);
        List<FrameworkSection> sections = map.list("sections", true)
                .map(nodes -> each(nodes, "section entry", this::section, () -> sectionsIncomplete = true))
                .orElse(List.of());
        List<Criterion> criteria = map.list("criteria", true).map(criterionParser::criteria).orElse(List.of());
        List<LimitingRule> rules = map.node("rating", false).map(this::rules).orElse(List.of());
        List<String> lexicons = map.list("lexicons", false).map(this::lexicons).orElse(List.of());
        var incomplete = new Draft.Incomplete(scale == null || scaleIncomplete, sectionsIncomplete,
                Set.copyOf(criterionParser.sectionsWithUnreadWeights), criterionParser.someSectionUnread,
                rulesIncomplete || criterionParser.limitingMarkUnread);
        return new Draft(id, version, title, description, sources, scale, sections, criteria, rules, lexicons,
                lines.asMap(), incomplete);
    }

    /** Reads each mapping in a list; {@code onUnread} notes that one could not be read, for {@link Draft.Incomplete}. */
    private <T> List<T> each(List<Node> nodes, String what, Function<YamlMapping, Optional<T>> reader,
                             Runnable onUnread) {
        List<T> parts = new ArrayList<>();
        for (int i = 0; i < nodes.size(); i++) {
            String name = what + " " + (i + 1);
            YamlMapping.of(nodes.get(i), name, "in " + name, violations)
                    .flatMap(reader)
                    .ifPresentOrElse(parts::add, onUnread);
        }
        return parts;
    }

    private Optional<FrameworkSource> source(YamlMapping map) {
        map.rejectUnknownKeys(SOURCE_KEYS);
        Optional<String> title = map.text("title", true);
        Optional<String> citation = map.text("citation", false);
        Optional<String> url = map.text("url", false);
        if (title.isPresent() && citation.isEmpty() && url.isEmpty() && !map.has("citation") && !map.has("url")) {
            violations.add(map.line(), "Source \"" + title.get() + "\" needs a \"citation\" or a \"url\".");
        }
        return title.map(value -> new FrameworkSource(value, citation.orElse(null), url.orElse(null)));
    }

    private Optional<RatingScale> scale(Node node) {
        return YamlMapping.of(node, "the scale", "in the scale", violations).flatMap(map -> {
            map.rejectUnknownKeys(SCALE_KEYS);
            Optional<String> name = map.text("name", false);
            return map.list("levels", true)
                    .map(nodes -> new RatingScale(name.orElse(null),
                            each(nodes, "rating level", this::level, () -> scaleIncomplete = true)))
                    .map(scale -> lines.at(scale, map.lineOf("levels")));
        });
    }

    private Optional<RatingLevel> level(YamlMapping map) {
        Optional<String> id = map.text("id", true);
        id.ifPresent(value -> map.describedAs("in rating level \"" + value + "\""));
        map.rejectUnknownKeys(LEVEL_KEYS);
        Optional<String> label = map.text("label", true);
        Optional<ScoreBand> band = map.list("band", true).flatMap(nodes -> band(map, nodes));
        Optional<String> description = map.text("description", false);
        if (id.isEmpty() || label.isEmpty() || band.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(lines.at(new RatingLevel(id.get(), label.get(), band.get(), description.orElse(null)),
                map.lineOf("band")));
    }

    private Optional<ScoreBand> band(YamlMapping map, List<Node> nodes) {
        if (nodes.size() != 2) {
            violations.add(map.lineOf("band"), "\"band\" " + map.context()
                    + " must be a list of two numbers, [min, max], not " + nodes.size() + " values.");
            return Optional.empty();
        }
        Optional<Double> min = map.number("band", nodes.get(0));
        Optional<Double> max = map.number("band", nodes.get(1));
        return min.isPresent() && max.isPresent() ? Optional.of(new ScoreBand(min.get(), max.get())) : Optional.empty();
    }

    private Optional<FrameworkSection> section(YamlMapping map) {
        Optional<SectionCode> code = map.text("code", true)
                .flatMap(value -> criterionParser.sectionCode(map, "code", value));
        code.ifPresent(value -> map.describedAs("in section " + value));
        map.rejectUnknownKeys(SECTION_KEYS);
        Optional<String> title = map.text("title", false);
        Optional<Double> weight = map.number("weight", true);
        boolean noNeeds = map.flag("no-needs-statement-accepted", false);
        if (code.isEmpty()) {
            return Optional.empty();
        }
        if (weight.isEmpty()) {
            sectionsIncomplete = true;
        }
        return Optional.of(lines.at(new FrameworkSection(code.get(), title.orElse(null), weight.orElse(Double.NaN),
                noNeeds), map.line()));
    }

    private List<LimitingRule> rules(Node node) {
        return YamlMapping.of(node, "\"rating\"", "in the rating rule", violations).map(map -> {
            map.rejectUnknownKeys(RATING_KEYS);
            return map.list("limiting-rules", false)
                    .map(nodes -> each(nodes, "limiting rule", ruleParser::rule, () -> rulesIncomplete = true))
                    .orElse(List.of());
        }).orElse(List.of());
    }

    private List<String> lexicons(List<Node> nodes) {
        List<String> names = new ArrayList<>();
        for (Node node : nodes) {
            if (node instanceof ScalarNode scalar && scalar.getValue().matches("[a-z0-9][a-z0-9-]*")) {
                names.add(lines.at(scalar.getValue(), YamlMapping.line(node)));
            } else {
                violations.add(YamlMapping.line(node), "Lexicon names are lower-case words joined by hyphens, such as"
                        + " \"vague-wording\", not " + YamlMapping.describe(node) + ".");
            }
        }
        return names;
    }
}
