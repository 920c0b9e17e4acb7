package org.ehcpqa.report.pack;

import org.junit.jupiter.api.Test;

import io.micronaut.context.BeanProvider;
import org.ehcpqa.privacy.PlanAnonymiser;
import org.ehcpqa.web.ProblemException;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AnonymisedExamplesTest {

    @Test
    void thePhaseFollowsTheSchoolYearOfTheIssueDate() {
        assertThat(AnonymisedExamples.phase("Nursery")).isEqualTo("Early years");
        assertThat(AnonymisedExamples.phase("Reception")).isEqualTo("Primary");
        assertThat(AnonymisedExamples.phase("Year 6")).isEqualTo("Primary");
        assertThat(AnonymisedExamples.phase("Year 7")).isEqualTo("Secondary");
        assertThat(AnonymisedExamples.phase("Year 11")).isEqualTo("Secondary");
        assertThat(AnonymisedExamples.phase("Post-16 (Year 13)")).isEqualTo("Post-16");
        assertThat(AnonymisedExamples.phase("Year 12")).isEqualTo("Post-16");
        assertThat(AnonymisedExamples.phase(null)).isNull();
        assertThat(AnonymisedExamples.phase("unknown")).isNull();
    }

    @Test
    void needCodesAreShownAsPeopleReadThem() {
        assertThat(AnonymisedExamples.need("ASD")).isEqualTo("Autistic spectrum disorder");
        assertThat(AnonymisedExamples.need("semh")).isEqualTo("Social, emotional and mental health");
        assertThat(AnonymisedExamples.need("XYZ")).isEqualTo("XYZ");
        assertThat(AnonymisedExamples.need(" ")).isNull();
    }

    @Test
    void withoutAnAnonymiserNoExampleIsShown() {
        BeanProvider<PlanAnonymiser> none = new BeanProvider<>() {
            @Override
            public PlanAnonymiser get() {
                throw new IllegalStateException("no anonymiser");
            }

            @Override
            public boolean isPresent() {
                return false;
            }
        };
        AnonymisedExamples examples = new AnonymisedExamples(null, none);
        assertThatThrownBy(() -> examples.items(List.of()))
                .isInstanceOfSatisfying(ProblemException.class, e -> {
                    assertThat(e.toProblem().status()).isEqualTo(503);
                    assertThat(e.toProblem().type()).isEqualTo("/problems/anonymiser-unavailable");
                });
    }
}
