package org.ehcpqa.ingest;

import org.ehcpqa.plan.IssueStatus;
import org.ehcpqa.plan.SectionCode;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The hand-written test plans in src/test/resources/ingest/handwritten: each NAME.txt is extracted text
 * with a form feed between pages, and NAME.truth says what a correct segmenter finds. Truth lines are
 * "key: value"; "section: CODE | PAGE" opens a section, followed by "first:" and "last:", the first and
 * last words of its body. Lines starting with '#' are comments.
 */
final class HandwrittenPlans {

    static final List<String> NAMES = List.of(
            "01-numbered-contents", "02-welsh-bilingual", "03-abbreviated-letters", "04-docx-none-identified",
            "05-name-header-split-headings", "06-statutory-wording-contents", "07-roman-numerals-tables",
            "08-continued-headings",
            // Copies of the scoring evaluation's hand-written plans (evaluation/hand-written, 01 to 16), in
            // other councils' house styles; the originals stay where the scoring evaluation reads them.
            "09-brackenfield", "10-tollbridge", "11-marlow-vale", "12-hallam-cross", "13-corrin-bay",
            "14-fenmarsh", "15-oakhurst", "16-wyndham-ford", "17-pelham-green", "18-kingsmere", "19-ashby-moor",
            "20-lindale", "21-stourfield", "22-hexley", "23-greywater", "24-brantwick");

    record ExpectedSection(SectionCode code, int page, String first, String last) {
    }

    record Truth(String name, LocalDate dateOfBirth, LocalDate issueDate, IssueStatus status, String primaryNeed,
                 List<ExpectedSection> sections) {
    }

    record Plan(String fileName, ExtractedText text, Truth truth) {
    }

    private HandwrittenPlans() {
    }

    static List<Plan> all() {
        return NAMES.stream().map(HandwrittenPlans::load).toList();
    }

    static Plan load(String name) {
        return new Plan(name, extracted(resource(name + ".txt")), truth(resource(name + ".truth")));
    }

    /** Pages joined without the form feeds, with the page map an extractor would give. */
    static ExtractedText extracted(String withFormFeeds) {
        String[] pages = withFormFeeds.split("\f", -1);
        StringBuilder text = new StringBuilder();
        List<Integer> starts = new ArrayList<>();
        for (String page : pages) {
            starts.add(text.length());
            text.append(page);
        }
        return new ExtractedText(text.toString(), starts, pages.length > 1 ? "application/pdf" : "text/plain");
    }

    private static Truth truth(String content) {
        String name = null;
        LocalDate dob = null;
        LocalDate issued = null;
        IssueStatus status = null;
        String need = null;
        List<ExpectedSection> sections = new ArrayList<>();
        SectionCode code = null;
        int page = 0;
        String first = null;
        for (String line : content.split("\n")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            int colon = line.indexOf(':');
            String key = line.substring(0, colon).strip();
            String value = line.substring(colon + 1).strip();
            switch (key) {
                case "name" -> name = value;
                case "dob" -> dob = LocalDate.parse(value);
                case "issued" -> issued = LocalDate.parse(value);
                case "status" -> status = IssueStatus.valueOf(value);
                case "need" -> need = value;
                case "section" -> {
                    String[] parts = value.split("\\|");
                    code = SectionCode.valueOf(parts[0].strip());
                    page = Integer.parseInt(parts[1].strip());
                }
                case "first" -> first = value;
                case "last" -> sections.add(new ExpectedSection(code, page, first, value));
                default -> throw new IllegalArgumentException("Unknown truth key " + key);
            }
        }
        return new Truth(name, dob, issued, status, need, sections);
    }

    private static String resource(String fileName) {
        try (InputStream in = HandwrittenPlans.class.getResourceAsStream("/ingest/handwritten/" + fileName)) {
            if (in == null) {
                throw new IllegalStateException("Missing test resource " + fileName);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
