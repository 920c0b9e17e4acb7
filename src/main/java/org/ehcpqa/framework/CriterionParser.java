package org.ehcpqa.framework;

import org.ehcpqa.plan.SectionCode;
import org.ehcpqa.scoring.CheckCode;
import org.ehcpqa.scoring.CheckParameters;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Reads the criteria list, including each criterion's checks and their parameters. */
final class CriterionParser {

    static final Set<String> CRITERION_KEYS =
            Set.of("id", "section", "text", "guidance", "weight", "limiting", "citation", "checks");
    static final Set<String> CHECK_KEYS = Set.of("check", "params");
    private static final List<String> CHECK_CODES = Arrays.stream(CheckCode.values()).map(CheckCode::code).toList();

    private final Violations violations;
    private final Draft.Lines lines;
    final Set<SectionCode> sectionsWithUnreadWeights = EnumSet.noneOf(SectionCode.class);
    boolean someSectionUnread;
    boolean limitingMarkUnread;

    CriterionParser(Violations violations, Draft.Lines lines) {
        this.violations = violations;
        this.lines = lines;
    }

    List<Criterion> criteria(List<Node> nodes) {
        List<Criterion> criteria = new ArrayList<>();
        for (int i = 0; i < nodes.size(); i++) {
            String what = "criterion " + (i + 1);
            YamlMapping.of(nodes.get(i), what, "in " + what, violations)
                    .flatMap(this::criterion)
                    .ifPresent(criteria::add);
        }
        return criteria;
    }

    private Optional<Criterion> criterion(YamlMapping map) {
        Optional<String> id = map.text("id", true);
        id.ifPresent(value -> map.describedAs("in criterion \"" + value + "\""));
        map.rejectUnknownKeys(CRITERION_KEYS);
        Optional<SectionCode> section = map.text("section", true).flatMap(code -> sectionCode(map, "section", code));
        Optional<String> text = map.text("text", true);
        Optional<String> guidance = map.text("guidance", false);
        Optional<Double> weight = map.number("weight", true);
        boolean limiting = map.flag("limiting", false);
        if (map.has("limiting") && !map.isFlag("limiting")) {
            limitingMarkUnread = true;
        }
        Optional<String> citation = map.text("citation", true);
        List<CheckReference> checks = map.list("checks", false).map(nodes -> checks(nodes, map.context()))
                .orElse(List.of());
        if (section.isEmpty()) {
            someSectionUnread = true;
        } else if (weight.isEmpty()) {
            sectionsWithUnreadWeights.add(section.get());
        }
        if (id.isEmpty() || section.isEmpty()) {
            return Optional.empty();
        }
        // Kept although text, citation or weight may be missing (already reported): dropping it would make the
        // cross-field rules report its section as empty, which is not what the author got wrong.
        return Optional.of(lines.at(new Criterion(id.get(), section.get(), text.orElse(""), guidance.orElse(null),
                weight.orElse(Double.NaN), limiting, citation.orElse(""), checks), map.line()));
    }

    /** Section codes as users write them; the message lists the valid ones, since there are only twelve. */
    Optional<SectionCode> sectionCode(YamlMapping map, String key, String code) {
        Optional<SectionCode> parsed = SectionCode.parse(code);
        if (parsed.isEmpty()) {
            violations.add(map.lineOf(key), "\"" + key + "\" " + map.context() + " must be one of "
                    + String.join(", ", Arrays.stream(SectionCode.values()).map(Enum::name).toList())
                    + ", not \"" + code + "\".");
        }
        return parsed;
    }

    private List<CheckReference> checks(List<Node> nodes, String criterionContext) {
        List<CheckReference> checks = new ArrayList<>();
        for (int i = 0; i < nodes.size(); i++) {
            String what = "check " + (i + 1) + " " + criterionContext;
            YamlMapping.of(nodes.get(i), what, "in " + what, violations)
                    .flatMap(map -> check(map, criterionContext))
                    .ifPresent(checks::add);
        }
        return checks;
    }

    private Optional<CheckReference> check(YamlMapping map, String criterionContext) {
        map.rejectUnknownKeys(CHECK_KEYS);
        Optional<String> name = map.text("check", true);
        Optional<CheckCode> code = name.flatMap(typed -> {
            Optional<CheckCode> known = CheckCode.fromCode(typed);
            if (known.isEmpty()) {
                violations.add(map.lineOf("check"), "Unknown check \"" + typed + "\" " + criterionContext
                        + Suggestions.didYouMean(typed, CHECK_CODES));
            }
            return known;
        });
        String paramsContext = "of check \"" + name.orElse("?") + "\" " + criterionContext;
        Map<String, Object> params = new LinkedHashMap<>();
        boolean paramsRead = map.node("params", false)
                .map(node -> YamlMapping.of(node, "\"params\" " + paramsContext, "in the params " + paramsContext,
                                violations)
                        .map(paramMap -> {
                            paramMap.reportDuplicateKeys();
                            return readParams(node, code, paramsContext, params);
                        }).orElse(false))
                .orElse(true);
        if (code.isEmpty() || !paramsRead) {
            return Optional.empty();
        }
        return Optional.of(lines.at(new CheckReference(code.get(), params), map.line()));
    }

    private boolean readParams(Node node, Optional<CheckCode> code, String paramsContext, Map<String, Object> into) {
        boolean ok = true;
        for (var tuple : ((MappingNode) node).getValue()) {
            String name = tuple.getKeyNode() instanceof ScalarNode key ? key.getValue() : "?";
            Optional<Object> value = paramValue(tuple.getValueNode());
            if (value.isEmpty()) {
                violations.add(YamlMapping.line(tuple.getValueNode()), "Parameter \"" + name
                        + "\" " + paramsContext + " must be text, a number, true or false, or a list of those, not "
                        + YamlMapping.describe(tuple.getValueNode()) + ".");
                ok = false;
            } else if (code.isPresent() && !accepted(code.get(), name, value.get(), tuple, paramsContext)) {
                ok = false;
            } else {
                into.put(name, value.get());
            }
        }
        return ok;
    }

    /**
     * A parameter the check does not read, or of the wrong type, would be silently ignored or
     * would fail every plan at scoring time; either way the author must hear of it now.
     */
    private boolean accepted(CheckCode code, String name, Object value, org.yaml.snakeyaml.nodes.NodeTuple tuple,
                             String paramsContext) {
        Map<String, CheckParameters.Kind> accepted = CheckParameters.accepted(code);
        CheckParameters.Kind kind = accepted.get(name);
        if (kind == null) {
            String where = paramsContext.replaceFirst("^of check \"[^\"]*\" ", "");
            String takes = accepted.isEmpty() ? "; it takes no parameters."
                    : "; it takes " + String.join(", ", accepted.keySet())
                    + Suggestions.didYouMean(name, List.copyOf(accepted.keySet()));
            violations.add(YamlMapping.line(tuple.getKeyNode()), "Check \"" + code.code()
                    + "\" does not take a parameter \"" + name + "\" (" + where + ")" + takes);
            return false;
        }
        if (!CheckParameters.fits(kind, value)) {
            violations.add(YamlMapping.line(tuple.getValueNode()), "Parameter \"" + name + "\" " + paramsContext
                    + " must be " + kind.description() + ", not " + YamlMapping.describe(tuple.getValueNode()) + ".");
            return false;
        }
        return true;
    }

    private static Optional<Object> paramValue(Node node) {
        if (node instanceof ScalarNode scalar) {
            return scalar(scalar);
        }
        if (node instanceof SequenceNode sequence) {
            List<Object> items = new ArrayList<>();
            for (Node item : sequence.getValue()) {
                Optional<Object> value = item instanceof ScalarNode scalar ? scalar(scalar) : Optional.empty();
                if (value.isEmpty()) {
                    return Optional.empty();
                }
                items.add(value.get());
            }
            return Optional.of(List.copyOf(items));
        }
        return Optional.empty();
    }

    private static Optional<Object> scalar(ScalarNode scalar) {
        String text = scalar.getValue();
        Tag tag = scalar.getTag();
        try {
            if (tag.equals(Tag.INT)) {
                return Optional.of(Long.parseLong(text.replace("_", "")));
            }
            if (tag.equals(Tag.FLOAT)) {
                return Optional.of(Double.parseDouble(text.replace("_", "")));
            }
        } catch (NumberFormatException e) {
            return Optional.of(text);
        }
        if (tag.equals(Tag.BOOL) && (text.equalsIgnoreCase("true") || text.equalsIgnoreCase("false"))) {
            return Optional.of(Boolean.parseBoolean(text.toLowerCase(Locale.ROOT)));
        }
        return tag.equals(Tag.NULL) ? Optional.empty() : Optional.of(text);
    }
}
