package org.ehcpqa.ingest;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TextBufferTest {

    @Test
    void lineEndingsBecomeNewlinesEvenWhenSplitAcrossWrites() throws IOException {
        TextBuffer buffer = new TextBuffer(1000, 0);
        buffer.write("one\r");
        buffer.write("\ntwo\rthree\n\r\n");

        assertThat(buffer.finish(List.of(0), "text/plain").text()).isEqualTo("one\ntwo\nthree\n\n");
    }

    @Test
    void controlCharactersGoButTabsFormFeedsAndEverythingVisibleStay() throws IOException {
        TextBuffer buffer = new TextBuffer(1000, 0);
        String kept = "“Dw i’n hoffi” 👩🏾‍🦱 عائشہ\tŁódź\f";
        buffer.write("\u0000" + kept + "\u0007\u001b\u007f\u0085\u009f");

        assertThat(buffer.finish(List.of(0), "text/plain").text()).isEqualTo(kept);
    }

    @Test
    void decomposedTextIsComposedAndPageStartsFollow() throws IOException {
        TextBuffer buffer = new TextBuffer(1000, 0);
        buffer.write("Gwenllı\u0308an\n");              // i-dotless + combining diaeresis stays two chars
        buffer.write("Lly\u0302r\n");                    // y + combining circumflex becomes ŷ
        int secondPage = buffer.length();
        buffer.write("Z\u0301o\u0301\u0142w\n");           // Ź ó ł

        ExtractedText text = buffer.finish(List.of(0, secondPage), "application/pdf");

        assertThat(text.text()).isEqualTo("Gwenllı\u0308an\nLlŷr\nŹółw\n");
        assertThat(text.text().substring(text.pageStarts().get(1))).isEqualTo("Źółw\n");
    }

    @Test
    void writingPastTheLimitStops() {
        TextBuffer buffer = new TextBuffer(10, 0);

        assertThatThrownBy(() -> buffer.write("eleven char")).isInstanceOf(TextBuffer.LimitExceededException.class);
    }
}
