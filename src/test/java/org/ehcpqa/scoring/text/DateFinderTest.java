package org.ehcpqa.scoring.text;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class DateFinderTest {

    @Test
    void readsTheWaysPlansWriteDates() {
        assertThat(DateFinder.find("EP advice, 14th March 2024; SALT 02/05/2024; OT 2024-06-30; paediatric "
                + "letter June 2024; GP March 3, 2024"))
                .extracting(DateFinder.FoundDate::date)
                .containsExactly(LocalDate.of(2024, 3, 14), LocalDate.of(2024, 5, 2), LocalDate.of(2024, 6, 30),
                        LocalDate.of(2024, 6, 30), LocalDate.of(2024, 3, 3));
    }

    @Test
    void spansQuoteTheDate() {
        String text = "Health advice dated 20 June 2025.";
        DateFinder.FoundDate date = DateFinder.find(text).getFirst();
        assertThat(text.substring(date.start(), date.end())).isEqualTo("20 June 2025").isEqualTo(date.text());
    }

    @Test
    void impossibleDatesAndBareYearsAreIgnored() {
        assertThat(DateFinder.find("31/02/2024, in 2024, Year 6, 3 times a week")).isEmpty();
    }
}
