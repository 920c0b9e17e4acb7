package org.ehcpqa.ingest;

import org.ehcpqa.plan.SectionCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SectionHeadingRecogniserTest {

    private final SectionHeadingRecogniser recogniser = new SectionHeadingRecogniser();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Section A: Views, interests and aspirations | A",
            "section b - special educational needs | B",
            "A. | A",
            "B. Special educational needs | B",
            "Part B \u2013 Special educational needs | B",
            "Part F \u2014 Special educational provision | F",
            "SECTION F  SPECIAL EDUCATIONAL PROVISION | F",
            "All about me | A",
            "My special educational needs | B",
            "Special educational provision | F",
            "Health provision | G",
            "Placement | I",
            "Personal budget | J",
            "Advice and information | K",
            "Section H1: Social care provision | H1",
            "Section H2 - Other social care provision | H2",
            "Adran A / Section A: Safbwyntiau / Views | A",
            "3. Health needs (Section C) | C",
            "II. Special educational needs | B",
            "B \u2013 SEN | B",
            "K | K",
            "Section I | I",
            "The child's health needs which are related to their SEN | C",
            "Personal budget (including arrangements for direct payments) | J",
            "Health provision made by the hearing support service | G",
    })
    void recognisesHeadingsInEveryHouseStyle(String line, String code) {
        assertThat(recogniser.recognise(line)).get()
                .extracting(HeadingMatch::codes).isEqualTo(List.of(SectionCode.valueOf(code)));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Section H1 and H2: Social care provision",
            "Section H: Social care provision",
            "H1 & H2 Social care provision",
            "Social care provision",
    })
    void recognisesH1AndH2UnderOneHeading(String line) {
        assertThat(recogniser.recognise(line)).get()
                .extracting(HeadingMatch::codes).isEqualTo(List.of(SectionCode.H1, SectionCode.H2));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Section F sets out the provision agreed at the review.",
            "section F, which is reviewed each term, says",
            "Section F. The school has kept incident logs since September.",
            "I like football and drawing.",
            "A person-centred review was held in May.",
            "E.g. using a visual timetable",
            "Outcomes will be reviewed every year by the school",
            "Placement: Oakfield Primary School",
            "Communication and interaction",
            "Cognition and learning",
            "described in detail in section B of this plan (section B)",
            "",
    })
    void leavesSentencesAndSubHeadingsAlone(String line) {
        assertThat(recogniser.recognise(line)).isEmpty();
    }

    @Test
    void tableRowKeepsTheContentCellAsBody() {
        HeadingMatch match = recogniser.recognise("F\tSpecial educational provision\tDaily phonics for 20 minutes.").orElseThrow();

        assertThat(match.codes()).containsExactly(SectionCode.F);
        assertThat(match.title()).isEqualTo("F Special educational provision");
        assertThat(match.remainder()).isEqualTo("Daily phonics for 20 minutes.");
        assertThat(match.explicit()).isTrue();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "A. Poppy's views, interests and aspirations | A",
            "B) Oskar's special educational needs | B",
            "C) Oskar's health needs which relate to his SEN | C",
            "D/ Ella-Mae's social care needs | D",
            "B. Her special educational needs | B",
            "Section C \u2013 Noah\u2019s health needs | C",
    })
    void readsTheSectionsNameAfterTheChildsName(String line, String code) {
        HeadingMatch match = recogniser.recognise(line).orElseThrow();

        assertThat(match.codes()).containsExactly(SectionCode.valueOf(code));
        // Named as well as lettered, so a name-only line elsewhere cannot take the section from it.
        assertThat(match.explicit()).isTrue();
        assertThat(match.remainder()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "I. Poppy's views, interests and aspirations",
            "Special Educational Needs and Disabilities Service",
            "Special educational needs and disabilities team",
    })
    void leavesListItemsAndServiceNamesAlone(String line) {
        assertThat(recogniser.recognise(line)).isEmpty();
    }

    @Test
    void aLetterCellFollowedByASentenceAboutTheChildStaysContent() {
        HeadingMatch match = recogniser.recognise("B Oskar's special educational needs are set out below.").orElseThrow();

        assertThat(match.inline()).isTrue();
        assertThat(match.remainder()).isEqualTo("Oskar's special educational needs are set out below.");
    }

    @Test
    void headingsKnownOnlyByNameAreWeakerThanLetteredOnes() {
        assertThat(recogniser.recognise("Health provision").orElseThrow().explicit()).isFalse();
        assertThat(recogniser.recognise("Section G: Health provision").orElseThrow().explicit()).isTrue();
    }
}
