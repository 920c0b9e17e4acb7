package org.ehcpqa.framework;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;
import java.util.Map;

/**
 * A whole framework as served to clients. Kept apart from the internal records so that the API can stay stable
 * while the model grows (the file name, for one, is not served: it says nothing a client needs).
 */
@Serdeable
public record FrameworkResponse(String id, String version, String hash, String title, @Nullable String description,
                                List<Source> sources, Scale scale, List<Section> sections,
                                List<CriterionView> criteria, List<Rule> limitingRules, List<String> lexicons) {

    static FrameworkResponse from(QaFramework framework) {
        return new FrameworkResponse(framework.id(), framework.version(), framework.hash(), framework.title(),
                framework.description(),
                framework.sources().stream().map(s -> new Source(s.title(), s.citation(), s.url())).toList(),
                new Scale(framework.scale().name(), framework.scale().levels().stream()
                        .map(l -> new Level(l.id(), l.label(), l.band().min(), l.band().max(), l.description()))
                        .toList()),
                framework.sections().stream().map(s -> new Section(s.code().name(), s.displayTitle(), s.weight(),
                        s.noNeedsStatementAccepted())).toList(),
                framework.criteria().stream().map(CriterionView::from).toList(),
                framework.rating().limitingRules().stream().map(Rule::from).toList(),
                framework.lexicons());
    }

    @Serdeable
    public record Source(String title, @Nullable String citation, @Nullable String url) {
    }

    /** Levels best first; a score s is in a level when min <= s < max (the best level also holds 100). */
    @Serdeable
    public record Scale(@Nullable String name, List<Level> levels) {
    }

    @Serdeable
    public record Level(String id, String label, double min, double max, @Nullable String description) {
    }

    @Serdeable
    public record Section(String code, String title, double weight, boolean noNeedsStatementAccepted) {
    }

    @Serdeable
    public record CriterionView(String id, String section, String text, @Nullable String guidance, double weight,
                                boolean limiting, String citation, List<Check> checks) {

        static CriterionView from(Criterion criterion) {
            return new CriterionView(criterion.id(), criterion.section().name(), criterion.text(),
                    criterion.guidance(), criterion.weight(), criterion.limiting(), criterion.citation(),
                    criterion.checks().stream().map(c -> new Check(c.check().code(), c.params())).toList());
        }
    }

    @Serdeable
    public record Check(String check, Map<String, Object> params) {
    }

    /** A limiting rule; {@code appliesTo} is "overall" or a section code, as in the file. */
    @Serdeable
    public record Rule(String id, @Nullable String section, @Nullable String criterion, String atOrWorseThan,
                       String capAt, String appliesTo, String explanation) {

        static Rule from(LimitingRule rule) {
            return new Rule(rule.id(), rule.section() == null ? null : rule.section().name(), rule.criterion(),
                    rule.atOrWorseThan(), rule.capAt(),
                    rule.appliesTo() == null ? RuleParser.OVERALL : rule.appliesTo().name(), rule.explanation());
        }
    }
}
