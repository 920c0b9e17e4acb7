package org.ehcpqa.scoring.assessment;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/**
 * An assessment as the API shows it and as it is stored (the JSON column holds exactly this), so
 * a stored assessment reads back the same after the scorer's code has moved on. Empty lists and
 * nulls are written out, so every answer has the same shape (a section nothing applied to has a
 * null rating; a criterion without findings has an empty evidence list).
 *
 * @param limits      the reasons a limiting rule capped or would have capped a rating
 * @param goldenThread every need of B, C and D with what links to it
 */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record AssessmentResponse(long planId, long versionId, FrameworkRef framework, Overall overall,
                                 List<SectionScore> sections, List<FlagView> flags, List<String> limits,
                                 List<ThreadNeed> goldenThread) {

    /** The framework version the assessment was made with. */
    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record FrameworkRef(String id, String version, String hash) {
    }

    /** {@code rating} is the level id ("good"), {@code ratingLabel} what people read ("Good"). */
    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Overall(@Nullable String rating, @Nullable String ratingLabel, @Nullable Double score) {
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record SectionScore(String code, @Nullable String rating, @Nullable String ratingLabel,
                               @Nullable Double score, List<CriterionView> criteria) {
    }

    /**
     * @param result MET, PARTLY_MET, NOT_MET, NOT_APPLICABLE or NOT_ASSESSED
     * @param checks the checks behind the suggestion, with their own verdicts
     */
    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record CriterionView(String id, String result, @Nullable Double score, String explanation,
                                List<CheckView> checks, List<Span> evidence) {
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record CheckView(String check, String result, int score) {
    }

    /** A quotation of {@code section}'s text at [start, end); section is null for the closing text. */
    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Span(@Nullable String section, String text, int start, int end) {
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record FlagView(String check, @Nullable String section, List<Span> evidence, String explanation) {
    }

    /**
     * @param missing what the need lacks: "outcome" (needs in B only) and/or "provision"
     */
    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record ThreadNeed(String section, Span need, List<Span> outcomes, List<Span> provision,
                             List<String> missing) {
    }
}
