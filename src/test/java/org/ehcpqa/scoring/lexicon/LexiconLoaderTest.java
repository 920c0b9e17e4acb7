package org.ehcpqa.scoring.lexicon;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LexiconLoaderTest {

    private final LexiconLoader loader = new LexiconLoader("qa-framework");

    @Test
    void loadsEveryShippedLexicon() {
        Lexicons lexicons = loader.load();
        assertThat(lexicons.byName().keySet()).containsAll(Lexicons.REQUIRED);
        assertThat(lexicons.vagueWording().entries()).extracting(LexiconEntry::label).contains("access to", "should", "may");
        assertThat(lexicons.jargon().entries()).allSatisfy(e -> assertThat(e.alternative()).isNotBlank());
    }

    @Test
    void matchesWholeWordsAndTellsEntriesApart() {
        Lexicon roles = loader.load().roles();
        assertThat(roles.findAll("Delivered by a speech and language therapist and a TA."))
                .extracting(LexiconMatch::text).containsExactly("speech and language therapist", "TA");
        assertThat(roles.containsAny("This is NOT a role, nor is a pilot or a total.")).isFalse();
    }

    @Test
    void mayTheMonthIsNotMayTheModal() {
        Lexicon vague = loader.load().vagueWording();
        assertThat(vague.findAll("By May 2027 Amira may use a laptop.")).extracting(LexiconMatch::text)
                .containsExactly("may");
    }

    @Test
    void timeExpressionsAreTagged() {
        Lexicon time = loader.load().timeExpressions();
        assertThat(time.containsAny("three times per week", "frequency")).isTrue();
        assertThat(time.containsAny("for 30 minutes", "duration")).isTrue();
        assertThat(time.containsAny("by the end of Year 6", "deadline")).isTrue();
        assertThat(time.containsAny("by July 2027", "deadline")).isTrue();
        assertThat(time.containsAny("within 12 months", "deadline")).isTrue();
        assertThat(time.containsAny("termly", "frequency")).isTrue();
        assertThat(time.containsAny("she reads well", "deadline")).isFalse();
    }

    @Test
    void malformedYamlNamesFileAndLine(@TempDir Path dir) throws IOException {
        Files.copy(Path.of("src/test/resources/scoring/lexicons-malformed/vague-wording.yaml"), dir.resolve("vague-wording.yaml"));
        assertThatThrownBy(() -> loader.loadFile(dir.resolve("vague-wording.yaml")))
                .isInstanceOf(LexiconException.class)
                .hasMessageStartingWith("vague-wording.yaml, line 6:");
    }

    @Test
    void unknownKeyNamesFileAndLine(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("roles.yaml");
        Files.writeString(file, "description: roles\nentries:\n  - term: teacher\n  - term: nurse\n    alternatve: x\n");
        assertThatThrownBy(() -> loader.loadFile(file)).isInstanceOf(LexiconException.class)
                .hasMessage("roles.yaml, line 5: unknown key 'alternatve' (expected term, pattern, label, alternative, "
                        + "note, caseSensitive, tags)");
    }

    @Test
    void badRegularExpressionNamesFileAndLine(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("measures.yaml");
        Files.writeString(file, "entries:\n  - pattern: '(unclosed'\n    label: broken\n");
        assertThatThrownBy(() -> loader.loadFile(file)).isInstanceOf(LexiconException.class)
                .hasMessageStartingWith("measures.yaml, line 2: 'broken' is not a valid regular expression");
    }

    @Test
    void aMissingRequiredLexiconIsNamed(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("roles.yaml"), "entries:\n  - term: teacher\n");
        assertThatThrownBy(() -> loader.load(dir)).isInstanceOf(LexiconException.class)
                .hasMessageContaining("vague-wording.yaml");
    }
}
