package org.ehcpqa.ingest;

import org.ehcpqa.plan.IssueStatus;
import org.ehcpqa.plan.PlanMetadata;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class MetadataExtractorTest {

    private final MetadataExtractor extractor = Segmenters.metadataExtractor();
    private final PlanDateParser dates = new PlanDateParser();
    private final PrimaryNeedClassifier needs = new PrimaryNeedClassifier();
    private final EnglishSchoolYear years = new EnglishSchoolYear();

    @Test
    void readsALabelledFrontPage() {
        PlanMetadata meta = extractor.extract(List.of(
                "Education, Health and Care Plan",
                "Child's name: Poppy Example",
                "Date of birth: 4th Feb 2015",
                "Date of issue: 2025-02-04",
                "Status: Amended",
                "Primary need: Autistic spectrum condition"), "Name of school: Elm Primary School\nMainstream.");

        assertThat(meta).isEqualTo(new PlanMetadata("Poppy Example", LocalDate.of(2015, 2, 4),
                LocalDate.of(2025, 2, 4), IssueStatus.AMENDED, "ASD", "Elm Primary School", 10, "Year 5"));
    }

    @Test
    void readsATableWhoseValuesAreOnTheNextLine() {
        PlanMetadata meta = extractor.extract(List.of("DRAFT EHC plan", "Name", "Leo Example", "DOB", "04/02/2016",
                "Date plan issued", "1 September 2025"), null);

        assertThat(meta.childName()).isEqualTo("Leo Example");
        assertThat(meta.dateOfBirth()).isEqualTo(LocalDate.of(2016, 2, 4));
        assertThat(meta.issueDate()).isEqualTo(LocalDate.of(2025, 9, 1));
        assertThat(meta.issueStatus()).isEqualTo(IssueStatus.DRAFT);
        assertThat(meta.setting()).isNull();
    }

    @Test
    void leavesOutWhatThePlanDoesNotSay() {
        PlanMetadata meta = extractor.extract(List.of("Some council"), null);

        assertThat(meta).isEqualTo(new PlanMetadata(null, null, null, null, null, null, null, null));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "04/02/2025 | 2025-02-04",
            "4/2/25 | 2025-02-04",
            "4 February 2025 | 2025-02-04",
            "4th Feb 2025 | 2025-02-04",
            "Tuesday 4th of February, 2025 | 2025-02-04",
            "February 4, 2025 | 2025-02-04",
            "2025-02-04 | 2025-02-04",
            "04.02.2025 | 2025-02-04",
            "issued on 21st Sept 2024 after review | 2024-09-21",
    })
    void readsDatesInManyWrittenForms(String written, String expected) {
        assertThat(dates.firstDate(written)).contains(LocalDate.parse(expected));
    }

    @Test
    void ignoresImpossibleDates() {
        assertThat(dates.firstDate("31/02/2025")).isEmpty();
        assertThat(dates.firstDate("no date here")).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Autism | ASD",
            "Autistic spectrum condition (ASC) | ASD",
            "Speech, language and communication needs | SLCN",
            "Social, emotional and mental health | SEMH",
            "Moderate learning difficulties | MLD",
            "Severe learning difficulty | SLD",
            "Severe | SLD",
            "Profound and multiple learning difficulties | PMLD",
            "Specific learning difficulty/dyslexia | SPLD",
            "Hearing impairment | HI",
            "Visual impairment | VI",
            "Multi-sensory impairment | MSI",
            "Physical disability | PD",
            "Down syndrome | DS",
            "Down's syndrome | DS",
            "Other difficulty/disability | OTH",
    })
    void mapsPrimaryNeedWordsToSen2Codes(String words, String code) {
        assertThat(needs.classify(words)).contains(code);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            // Born on 1 September: the oldest in the year, starts Reception just turned four.
            "2019-09-01 | 2024-09-02 | Reception",
            "2019-08-31 | 2024-09-02 | Year 1",
            "2019-08-31 | 2024-08-31 | Reception",
            "2020-03-15 | 2023-10-01 | Nursery",
            "2021-03-15 | 2023-10-01 | Early years",
            "2012-05-14 | 2025-02-04 | Year 8",
            "2013-05-14 | 2025-02-04 | Year 7",
            "2006-10-10 | 2024-10-01 | Year 13",
            "2005-10-10 | 2024-10-01 | Post-19",
    })
    void worksOutTheEnglishSchoolYear(String born, String on, String year) {
        assertThat(years.yearGroup(LocalDate.parse(born), LocalDate.parse(on))).isEqualTo(year);
    }

    @Test
    void ageIsInWholeYears() {
        assertThat(years.age(LocalDate.of(2015, 2, 5), LocalDate.of(2025, 2, 4))).isEqualTo(9);
        assertThat(years.age(LocalDate.of(2015, 2, 4), LocalDate.of(2025, 2, 4))).isEqualTo(10);
    }
}
