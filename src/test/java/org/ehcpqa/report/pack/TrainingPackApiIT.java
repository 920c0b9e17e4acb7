package org.ehcpqa.report.pack;

import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.ehcpqa.privacy.PersonalDataLeaks;
import org.ehcpqa.support.ApiClient;
import org.ehcpqa.support.Json;
import org.ehcpqa.support.TestApplication;
import org.ehcpqa.synthetic.DocumentFormat;
import org.ehcpqa.synthetic.GeneratedPlan;
import org.ehcpqa.synthetic.HouseStyle;
import org.ehcpqa.synthetic.PersonalDetails;
import org.ehcpqa.synthetic.PlanQuality;
import org.ehcpqa.synthetic.SyntheticPlanGenerator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Training packs through HTTP, built from generated plans ingested like any upload: a trainer
 * builds a pack and downloads it, and no personal detail of the generator's ground truth appears
 * in what they get.
 */
@MicronautTest
class TrainingPackApiIT implements TestApplication {

    private static final String PASSWORD = "a-long-enough-password";
    private static final List<String> SECTIONS = List.of("A", "B", "E", "F");

    @Inject
    EmbeddedServer server;
    @Inject
    JsonMapper mapper;
    @Inject
    GroundTruthAnonymiser groundTruth;

    Json json;
    ApiClient admin;
    ApiClient trainer;
    ApiClient manager;
    ApiClient qaOfficer;
    final Map<Long, GeneratedPlan> plans = new LinkedHashMap<>();

    @BeforeAll
    void ingestGeneratedPlansAndCreateUsers() {
        json = new Json(mapper);
        admin = ApiClient.basic(server.getURI(), ADMIN, ADMIN_PASSWORD);
        trainer = user("TRAINER");
        manager = user("MANAGER");
        qaOfficer = user("QA_OFFICER");
        SyntheticPlanGenerator generator = new SyntheticPlanGenerator();
        List<GeneratedPlan> generated = List.of(
                generator.generate(8801, HouseStyle.NORTHMOOR, DocumentFormat.TXT, PlanQuality.STRONG),
                generator.generate(8802, HouseStyle.RIVERSIDE, DocumentFormat.DOCX, PlanQuality.WEAK),
                generator.generate(8803, HouseStyle.ASHVALE, DocumentFormat.PDF, PlanQuality.ADEQUATE));
        for (GeneratedPlan plan : generated) {
            groundTruth.register(plan.truth().personal());
            HttpResponse<String> uploaded = admin.upload("/api/plans", plan.fileName(), plan.content());
            assertThat(uploaded.statusCode()).as(uploaded.body()).isIn(200, 201);
            plans.put(json.parse(uploaded.body()).get("id").getLongValue(), plan);
        }
    }

    @Test
    void aPackBuiltFromIngestedPlansHoldsNoChildsNameInItsPdfHtmlOrJson() throws IOException {
        long pack = createPack(trainer, "Strong and weak sections");
        int namesInRawText = 0;
        for (Map.Entry<Long, GeneratedPlan> plan : plans.entrySet()) {
            PersonalDetails personal = plan.getValue().truth().personal();
            String firstName = personal.childNames().get(0).split(" ")[0];
            JsonNode raw = json.parse(admin.get("/api/plans/" + plan.getKey()).body());
            for (String section : SECTIONS) {
                String rawText = sectionText(raw, section);
                if (rawText.isBlank()) {
                    continue;
                }
                namesInRawText += leaks(rawText, personal).size();
                HttpResponse<String> added = trainer.postJson("/api/training-packs/" + pack + "/items", """
                        {"planId":%d,"section":"%s","rating":"Good","commentary":"%s's own words are used well; born %s."}
                        """.formatted(plan.getKey(), section, firstName,
                        DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK).format(personal.dateOfBirth())));
                assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
                assertThat(leaks(added.body(), personal)).as("item JSON").isEmpty();
            }
        }
        assertThat(namesInRawText).as("the raw sections name the child, so the check below means something")
                .isGreaterThan(0);

        HttpResponse<byte[]> pdf = trainer.getBytes("/api/reports/training-packs/" + pack + ".pdf");
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/pdf"));
        String pdfText = pdfText(pdf.body());
        HttpResponse<String> html = trainer.get("/api/reports/training-packs/" + pack + ".html");
        assertThat(html.statusCode()).isEqualTo(200);
        assertThat(html.headers().firstValue("Content-Security-Policy")).isPresent();
        HttpResponse<String> view = trainer.get("/api/training-packs/" + pack);
        assertThat(view.statusCode()).isEqualTo(200);
        System.out.printf("Training pack of %d examples: PDF %d bytes, %s; HTML %s%n",
                json.parse(view.body()).get("items").size(), pdf.body().length,
                pdf.headers().firstValue("Server-Timing").orElse("?"), html.headers().firstValue("Server-Timing").orElse("?"));

        for (GeneratedPlan plan : plans.values()) {
            PersonalDetails personal = plan.truth().personal();
            assertThat(leaks(pdfText, personal)).as("PDF").isEmpty();
            assertThat(leaks(html.body(), personal)).as("HTML").isEmpty();
            assertThat(leaks(view.body(), personal)).as("JSON").isEmpty();
        }
        assertThat(pdfText).contains("Strong and weak sections").contains("Child A").contains("own words are used well");
        assertThat(json.parse(view.body()).get("items").size()).isGreaterThanOrEqualTo(plans.size() * 2);
    }

    @Test
    void trainersReorderAndRemoveExamples() {
        long pack = createPack(trainer, "Order test");
        long plan = plans.keySet().iterator().next();
        List<Long> ids = new ArrayList<>();
        for (String section : List.of("A", "B", "E")) {
            HttpResponse<String> added = trainer.postJson("/api/training-packs/" + pack + "/items",
                    "{\"planId\":" + plan + ",\"section\":\"" + section + "\"}");
            assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
            ids.add(json.parse(added.body()).get("id").getLongValue());
        }
        HttpResponse<String> reordered = trainer.putJson("/api/training-packs/" + pack + "/items/order",
                "{\"itemIds\":[" + ids.get(2) + "," + ids.get(0) + "," + ids.get(1) + "]}");
        assertThat(reordered.statusCode()).as(reordered.body()).isEqualTo(200);
        assertThat(sections(pack)).containsExactly("E:1", "A:2", "B:3");

        assertThat(trainer.delete("/api/training-packs/" + pack + "/items/" + ids.get(0)).statusCode())
                .isEqualTo(204);
        assertThat(sections(pack)).containsExactly("E:1", "B:2");

        HttpResponse<String> incomplete = trainer.putJson("/api/training-packs/" + pack + "/items/order",
                "{\"itemIds\":[" + ids.get(2) + "]}");
        assertProblem(incomplete, 400, "invalid-order");
        assertThat(sections(pack)).containsExactly("E:1", "B:2");

        GeneratedPlan source = plans.get(plan);
        String firstName = source.truth().personal().childNames().get(0).split(" ")[0];
        HttpResponse<String> commented = trainer.putJson("/api/training-packs/" + pack + "/items/" + ids.get(1),
                "{\"commentary\":\"" + firstName + "'s outcomes are specific.\"}");
        assertThat(commented.statusCode()).as(commented.body()).isEqualTo(200);
        assertThat(json.parse(commented.body()).get("commentary").getStringValue()).endsWith("outcomes are specific.");
        assertThat(leaks(commented.body(), source.truth().personal())).as("commentary").isEmpty();
        assertThat(manager.putJson("/api/training-packs/" + pack + "/items/" + ids.get(1), "{\"commentary\":\"x\"}")
                .statusCode()).isEqualTo(403);
        assertProblem(trainer.putJson("/api/training-packs/" + pack + "/items/" + ids.get(0),
                "{\"commentary\":\"gone\"}"), 404, "not-found");

        HttpResponse<String> list = manager.get("/api/training-packs");
        assertThat(list.body()).contains("\"title\":\"Order test\"").contains("\"itemCount\":2");
    }

    @Test
    void managersAndQaOfficersReadPacksButOnlyTrainersAndAdminsChangeThem() {
        long pack = createPack(trainer, "Read only for managers");
        long plan = plans.keySet().iterator().next();
        assertThat(trainer.postJson("/api/training-packs/" + pack + "/items",
                "{\"planId\":" + plan + ",\"section\":\"E\"}").statusCode()).isEqualTo(201);
        for (ApiClient reader : List.of(manager, qaOfficer)) {
            assertThat(reader.get("/api/training-packs/" + pack).statusCode()).isEqualTo(200);
            assertThat(reader.getBytes("/api/reports/training-packs/" + pack + ".pdf").statusCode()).isEqualTo(200);
            assertThat(reader.postJson("/api/training-packs", "{\"title\":\"Not mine\"}").statusCode()).isEqualTo(403);
            assertThat(reader.postJson("/api/training-packs/" + pack + "/items",
                    "{\"planId\":" + plan + ",\"section\":\"A\"}").statusCode()).isEqualTo(403);
        }
        assertThat(admin.postJson("/api/training-packs/" + pack + "/items",
                "{\"planId\":" + plan + ",\"section\":\"A\"}").statusCode()).isEqualTo(201);
        assertThat(ApiClient.anonymous(server.getURI()).get("/api/training-packs/" + pack).statusCode()).isEqualTo(401);
        assertThat(trainer.delete("/api/training-packs/" + pack).statusCode()).isEqualTo(204);
        assertProblem(trainer.get("/api/training-packs/" + pack), 404, "not-found");
    }

    @Test
    void badInputGetsAProblemAndStoresNothing() {
        long pack = createPack(trainer, "Bad input");
        long plan = plans.keySet().iterator().next();
        assertProblem(trainer.postJson("/api/training-packs", "{\"title\":\"  \"}"), 400, "invalid-request");
        assertProblem(trainer.postJson("/api/training-packs", "{not json"), 400, "invalid-request");
        assertProblem(trainer.postJson("/api/training-packs/" + pack + "/items",
                "{\"planId\":" + plan + ",\"section\":\"Z9\"}"), 400, "unknown-section");
        assertProblem(trainer.postJson("/api/training-packs/" + pack + "/items",
                "{\"section\":\"A\"}"), 400, "invalid-request");
        assertProblem(trainer.postJson("/api/training-packs/" + pack + "/items",
                "{\"planId\":987654321,\"section\":\"A\"}"), 404, "not-found");
        assertProblem(trainer.postJson("/api/training-packs/987654321/items",
                "{\"planId\":" + plan + ",\"section\":\"A\"}"), 404, "not-found");
        assertProblem(trainer.get("/api/reports/training-packs/987654321.pdf"), 404, "not-found");
        assertThat(json.parse(trainer.get("/api/training-packs/" + pack).body()).get("items").size()).isZero();
    }

    private long createPack(ApiClient client, String title) {
        HttpResponse<String> created = client.postJson("/api/training-packs",
                "{\"title\":\"" + title + "\",\"description\":\"Made by a test\"}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return json.parse(created.body()).get("id").getLongValue();
    }

    private List<String> sections(long pack) {
        List<String> sections = new ArrayList<>();
        for (JsonNode item : json.parse(trainer.get("/api/training-packs/" + pack + "/items").body()).values()) {
            sections.add(item.get("section").getStringValue() + ":" + item.get("position").getIntValue());
        }
        return sections;
    }

    private void assertProblem(HttpResponse<String> response, int status, String slug) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(json.parse(response.body()).get("type").getStringValue()).isEqualTo("/problems/" + slug);
    }

    private ApiClient user(String role) {
        String name = role.toLowerCase(Locale.ROOT) + "-" + UUID.randomUUID().toString().substring(0, 8);
        HttpResponse<String> created = admin.postJson("/api/users", """
                {"username":"%s","password":"%s","displayName":"%s","roles":["%s"]}
                """.formatted(name, PASSWORD, role, role));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return ApiClient.basic(server.getURI(), name, PASSWORD);
    }

    private static String sectionText(JsonNode plan, String code) {
        for (JsonNode section : plan.get("sections").values()) {
            if (section.get("code").getStringValue().equals(code)) {
                return section.get("text").getStringValue();
            }
        }
        return "";
    }

    /**
     * The personal details of the ground truth found in a text: the same scan as the whole-corpus
     * floor (every name and name word, dates of birth, identifiers, address, setting).
     */
    static List<String> leaks(String text, PersonalDetails personal) {
        return new PersonalDataLeaks(personal).find(text).stream().map(l -> l.kind() + ": " + l.value()).toList();
    }

    private static String pdfText(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }
}
