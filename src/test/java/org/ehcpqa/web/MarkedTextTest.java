package org.ehcpqa.web;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class MarkedTextTest {

    private static final String TEXT = "Regular therapy as required. Opportunities for social skills work.";

    @Test
    void runsCoverTheWholeTextWithTheQuotedStretchesMarked() {
        List<MarkedText.Run> runs = MarkedText.runs(TEXT, List.of(
                MarkedText.locate(TEXT, 1, 0, 7, "Regular"), MarkedText.locate(TEXT, 2, 29, 42, "Opportunities")));
        assertThat(String.join("", runs.stream().map(MarkedText.Run::text).toList())).isEqualTo(TEXT);
        assertThat(runs).extracting(MarkedText.Run::text)
                .containsExactly("Regular", " therapy as required. ", "Opportunities", " for social skills work.");
        assertThat(runs.get(0).flags()).containsExactly(1);
        assertThat(runs.get(1).marked()).isFalse();
        assertThat(runs.get(2).anchor()).isEqualTo("mark-2");
    }

    @Test
    void overlappingQuotationsBecomeOneMarkWithBothFlags() {
        List<MarkedText.Run> runs = MarkedText.runs(TEXT, List.of(
                new MarkedText.Quote(1, 0, 15), new MarkedText.Quote(2, 8, 27)));
        assertThat(runs.get(0).text()).isEqualTo("Regular therapy as required");
        assertThat(runs.get(0).flags()).containsExactly(1, 2);
    }

    @Test
    void aQuotationWhoseOffsetsMovedIsFoundByItsTextAndAMissingOneIsDropped() {
        assertThat(MarkedText.locate(TEXT, 1, 3, 9, "as required")).isEqualTo(new MarkedText.Quote(1, 16, 27));
        assertThat(MarkedText.locate(TEXT, 1, 500, 510, "not in the text")).isNull();
        assertThat(MarkedText.runs(TEXT, List.of())).extracting(MarkedText.Run::text).containsExactly(TEXT);
    }

    @Test
    void markupInTheTextStaysTextInTheRuns() {
        String text = "I like <script>alert(1)</script> trains.";
        List<MarkedText.Run> runs = MarkedText.runs(text, List.of(MarkedText.locate(text, 1, 7, 15, "<script>")));
        assertThat(runs).extracting(MarkedText.Run::text).containsExactly("I like ", "<script>", "alert(1)</script> trains.");
    }

    @Test
    void signInNeverRedirectsOffTheSite() {
        assertThat(SignInController.safeNext("/plans?team=North")).isEqualTo("/plans?team=North");
        assertThat(SignInController.safeNext("//evil.example/")).isEqualTo("/");
        assertThat(SignInController.safeNext("https://evil.example/")).isEqualTo("/");
        assertThat(SignInController.safeNext("/\\evil.example")).isEqualTo("/");
        assertThat(SignInController.safeNext(null)).isEqualTo("/");
    }
}
