package org.ehcpqa.ingest;

import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.ehcpqa.support.ApiClient;
import org.ehcpqa.support.Json;
import org.ehcpqa.support.RowCounts;
import org.ehcpqa.support.TestApplication;
import org.ehcpqa.synthetic.DocumentFormat;
import org.ehcpqa.synthetic.GeneratedPlan;
import org.ehcpqa.synthetic.HouseStyle;
import org.ehcpqa.synthetic.PlanQuality;
import org.ehcpqa.synthetic.SpecialDocuments;
import org.ehcpqa.synthetic.SyntheticPlanGenerator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every kind of bad file the issue names, sent through HTTP as a council's client would: each gets
 * its stable problem type and a sentence, never a 5xx or a stack trace, and leaves no row behind.
 */
@MicronautTest
class IngestRefusalIT implements TestApplication {

    @Inject
    EmbeddedServer server;
    @Inject
    JsonMapper mapper;
    @Inject
    DataSource dataSource;

    ApiClient officer;
    Json json;
    RowCounts rows;
    final SyntheticPlanGenerator generator = new SyntheticPlanGenerator();

    @BeforeAll
    void clients() {
        officer = ApiClient.basic(server.getURI(), ADMIN, ADMIN_PASSWORD);
        json = new Json(mapper);
        rows = new RowCounts(dataSource);
    }

    @Test
    void aPdfWithAUserPasswordIsRefusedAsEncrypted() {
        assertRefused("locked.pdf", TestDocuments.encryptedPdf("owner-secret", "user-secret"), 422, "encrypted");
    }

    @Test
    void aPdfWithOnlyAnOwnerPasswordIsIngestedNormally() {
        byte[] protectedPlan = ownerProtected(generated(11, DocumentFormat.PDF).content());
        HttpResponse<String> response = officer.upload("/api/plans", "owner-only.pdf", protectedPlan);
        assertThat(response.statusCode()).isEqualTo(201);
        assertThat(json.parse(response.body()).get("sections").size()).isGreaterThanOrEqualTo(10);
    }

    @Test
    void aTruncatedPdfIsRefusedAsCorrupt() {
        byte[] whole = generated(12, DocumentFormat.PDF).content();
        assertRefused("cut.pdf", Arrays.copyOf(whole, whole.length / 2), 422, "corrupt");
    }

    @Test
    void aZeroByteFileIsRefusedAsEmpty() {
        assertRefused("nothing.docx", new byte[0], 422, "empty-file");
    }

    @Test
    void htmlNamedPdfAndJpegNamedDocxAreRefusedAsUnsupported() {
        byte[] html = "<!DOCTYPE html><html><body><h1>Section A</h1></body></html>".getBytes(StandardCharsets.UTF_8);
        assertRefused("plan.pdf", html, 415, "unsupported-type");
        assertRefused("plan.docx", TestDocuments.jpeg(), 415, "unsupported-type");
    }

    @Test
    void aZipBombNamedDocxIsRefusedQuicklyWithoutFillingTheHeap() {
        byte[] bomb = ZipBombs.docxDeclaring(3 * 1024);
        // Warm the Word path first, so the time measured is the bomb's, not the JVM's first use of Tika.
        officer.upload("/api/plans", "warm-up.docx", TestDocuments.docx(List.of("Not a plan.")));
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        System.gc();
        long baseline = memory.getHeapMemoryUsage().getUsed();
        AtomicLong peak = new AtomicLong(baseline);
        Thread sampler = Thread.ofVirtual().start(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                try {
                    Thread.sleep(5);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        Map<String, Long> before = rows.snapshot();
        long started = System.nanoTime();
        HttpResponse<String> response;
        try {
            response = officer.upload("/api/plans", "bomb.docx", bomb);
        } finally {
            sampler.interrupt();
        }
        long elapsedMillis = (System.nanoTime() - started) / 1_000_000;
        assertProblem(response, 422, "suspicious-archive");
        assertThat(rows.snapshot()).isEqualTo(before);
        assertThat(elapsedMillis).isLessThan(5_000);
        assertThat(peak.get() - baseline).isLessThan(256L * 1024 * 1024);
    }

    @Test
    void anImageOnlyPdfIsKeptAsNeedingOcr() {
        HttpResponse<String> response = officer.upload("/api/plans", "scan.pdf", TestDocuments.imageOnlyPdf());
        assertThat(response.statusCode()).isEqualTo(201);
        JsonNode plan = json.parse(response.body());
        assertThat(plan.get("status").getStringValue()).isEqualTo("NEEDS_OCR");
        assertThat(plan.get("sections").size()).isZero();
    }

    @Test
    void councilMinutesAreRefusedAsNotAnEhcp() {
        var minutes = SpecialDocuments.notAnEhcpPdf(5);
        assertRefused(minutes.fileName(), minutes.content(), 422, "not-an-ehcp");
    }

    @Test
    void twoChildrensPlansInOnePdfAreRefused() {
        var twoPlans = SpecialDocuments.twoPlansInOnePdf(6);
        assertRefused(twoPlans.fileName(), twoPlans.content(), 422, "multiple-plans");
    }

    @Test
    void aThreeHundredPagePlanIsIngested() {
        // Councils often issue a plan with its advice reports appended: 300 pages in all.
        byte[] plan = generated(13, DocumentFormat.PDF).content();
        byte[] appendices = TestDocuments.pdf(300, i -> "Appendix: advice report, continued, page " + (i + 1));
        byte[] longPlan = withAppendices(plan, appendices, 300);
        HttpResponse<String> response = officer.upload("/api/plans", "long.pdf", longPlan);
        assertThat(response.statusCode()).isEqualTo(201);
        JsonNode stored = json.parse(response.body());
        assertThat(stored.get("pageCount").getIntValue()).isEqualTo(300);
        assertThat(stored.get("sections").size()).isGreaterThanOrEqualTo(11);
    }

    @Test
    void welshPolishAndUrduNamesCurlyQuotesAndEmojiSurviveIngestion() {
        GeneratedPlan plan = SpecialDocuments.multilingualDocx(7);
        HttpResponse<String> response = officer.upload("/api/plans", plan.fileName(), plan.content());
        assertThat(response.statusCode()).isEqualTo(201);
        JsonNode stored = json.parse(response.body());
        assertThat(stored.get("metadata").get("childName").getStringValue()).isEqualTo(plan.truth().metadata().childName());
        StringBuilder allText = new StringBuilder();
        stored.get("sections").values().forEach(section -> allText.append(section.get("text").getStringValue()));
        plan.truth().sections().forEach(section ->
                assertThat(collapse(allText.toString())).contains(collapse(section.text())));
    }

    private void assertRefused(String fileName, byte[] content, int status, String slug) {
        Map<String, Long> before = rows.snapshot();
        HttpResponse<String> response = officer.upload("/api/plans", fileName, content);
        assertProblem(response, status, slug);
        assertThat(rows.snapshot()).as("rows after refusing %s", fileName).isEqualTo(before);
    }

    private void assertProblem(HttpResponse<String> response, int status, String slug) {
        assertThat(response.statusCode()).as("status for %s", slug).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
        JsonNode problem = json.parse(response.body());
        assertThat(problem.get("type").getStringValue()).isEqualTo("/problems/" + slug);
        assertThat(problem.get("detail").getStringValue()).hasSizeGreaterThan(20).endsWith(".");
        assertThat(response.body()).doesNotContain("Exception").doesNotContain("\tat ").doesNotContain("org.apache");
    }

    private GeneratedPlan generated(long seed, DocumentFormat format) {
        return generator.generate(seed, HouseStyle.values()[(int) (seed % HouseStyle.values().length)], format,
                PlanQuality.STRONG);
    }

    private static byte[] ownerProtected(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            AccessPermission permissions = new AccessPermission();
            permissions.setCanModify(false);
            permissions.setCanExtractContent(false);
            document.protect(new StandardProtectionPolicy("owner-only-secret", "", permissions));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The plan followed by as many appendix pages as make {@code totalPages}. */
    private static byte[] withAppendices(byte[] plan, byte[] appendices, int totalPages) {
        try (PDDocument document = Loader.loadPDF(plan); PDDocument extra = Loader.loadPDF(appendices)) {
            int needed = totalPages - document.getNumberOfPages();
            for (int i = 0; i < needed; i++) {
                document.importPage(extra.getPage(i));
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String collapse(String text) {
        return text.replaceAll("\\s+", " ").trim();
    }
}
