package org.ehcpqa.audit;

import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.ehcpqa.support.ApiClient;
import org.ehcpqa.support.Json;
import org.ehcpqa.support.SamplePlans;
import org.ehcpqa.support.TestApplication;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole life of an audit through HTTP on MariaDB: open, rate, override, findings, submit, moderate, agree, final,
 * report.
 */
@MicronautTest
class AuditLifecycleIT implements TestApplication {

    static final String PASSWORD = "a-long-enough-password";

    @Inject
    EmbeddedServer server;
    @Inject
    JsonMapper mapper;

    Json json;
    ApiClient admin;
    AuditHttp qa1;
    AuditHttp qa2;
    AuditHttp manager;
    AuditHttp trainer;
    String qa1Name;
    String qa2Name;
    long planId;

    @BeforeAll
    void usersAndAPlan() {
        json = new Json(mapper);
        admin = ApiClient.basic(server.getURI(), ADMIN, ADMIN_PASSWORD);
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        qa1Name = "qa1-" + suffix;
        qa2Name = "qa2-" + suffix;
        qa1 = user(qa1Name, "QA_OFFICER");
        qa2 = user(qa2Name, "QA_OFFICER");
        manager = user("mgr-" + suffix, "MANAGER");
        trainer = user("trn-" + suffix, "TRAINER");
        HttpResponse<String> uploaded = admin.upload("/api/plans", "plan.txt",
                SamplePlans.text("Ffion Maddox", "03/09/2015", "14/01/2025", UUID.randomUUID().toString()),
                Map.of("team", "West", "caseworker", "Casey Worker"));
        assertThat(uploaded.statusCode()).isEqualTo(201);
        planId = json.parse(uploaded.body()).get("id").getLongValue();
    }

    AuditHttp user(String name, String role) {
        HttpResponse<String> created = admin.postJson("/api/users", """
                {"username":"%s","password":"%s","displayName":"%s","roles":["%s"]}""".formatted(name, PASSWORD, name,
                role));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return new AuditHttp(server.getURI(), name, PASSWORD);
    }

    @Test
    void anAuditLivesFromOpeningToFinal() {
        // Open: pre-filled with the automatic suggestions and their evidence.
        HttpResponse<String> opened = qa1.post("/api/audits", "{\"planId\":" + planId
                + ",\"framework\":\"statutory-baseline\"}");
        assertThat(opened.statusCode()).as(opened.body()).isEqualTo(201);
        assertThat(opened.headers().firstValue("ETag")).hasValue("\"0\"");
        JsonNode audit = json.parse(opened.body());
        long id = audit.get("id").getLongValue();
        assertThat(audit.get("status").getStringValue()).isEqualTo("DRAFT");
        assertThat(audit.get("auditor").getStringValue()).isEqualTo(qa1Name);
        assertThat(audit.get("team").getStringValue()).isEqualTo("West");
        List<String> criteria = new ArrayList<>();
        List<String> fCriteria = new ArrayList<>();
        int suggested = 0;
        for (JsonNode section : audit.get("sections").values()) {
            for (JsonNode criterion : section.get("criteria").values()) {
                criteria.add(criterion.get("id").getStringValue());
                if (section.get("code").getStringValue().equals("F")) {
                    fCriteria.add(criterion.get("id").getStringValue());
                }
                assertThat(criterion.get("suggestedResult").getStringValue())
                        .isIn("MET", "PARTLY_MET", "NOT_MET", "NOT_APPLICABLE", "NOT_ASSESSED");
                if (!criterion.get("suggestedResult").getStringValue().equals("NOT_ASSESSED")) {
                    assertThat(criterion.get("result").getStringValue())
                            .isEqualTo(criterion.get("suggestedResult").getStringValue());
                    suggested++;
                }
            }
        }
        assertThat(criteria).hasSizeGreaterThan(20);
        assertThat(suggested).isGreaterThan(0);

        // Roles: trainers see nothing here; managers read but do not write.
        assertThat(trainer.get("/api/audits/" + id).statusCode()).isEqualTo(403);
        assertThat(manager.get("/api/audits/" + id).statusCode()).isEqualTo(200);
        assertThat(manager.post("/api/audits", "{\"planId\":" + planId + "}").statusCode()).isEqualTo(403);

        // Rate: everything met except section F, which is not met.
        StringBuilder ratings = new StringBuilder();
        for (String criterion : criteria) {
            ratings.append(ratings.isEmpty() ? "" : ",").append("{\"criterionId\":\"").append(criterion)
                    .append("\",\"result\":\"").append(fCriteria.contains(criterion) ? "NOT_MET" : "MET")
                    .append("\",\"comment\":\"Checked against the plan.\"}");
        }
        HttpResponse<String> rated = qa1.put("/api/audits/" + id + "/criteria", "{\"ratings\":[" + ratings + "]}", 0);
        assertThat(rated.statusCode()).as(rated.body()).isEqualTo(200);
        audit = json.parse(rated.body());
        assertThat(audit.get("version").getIntValue()).isEqualTo(1);
        assertThat(section(audit, "F").get("rating").get("derivedRating").getStringValue()).isEqualTo("inadequate");
        assertThat(section(audit, "A").get("rating").get("derivedRating").getStringValue()).isEqualTo("outstanding");
        assertThat(audit.get("overall").get("derivedRating").isNull()).isFalse();

        // A stale write is refused with a sentence, and nothing is lost; a write without a version is refused too.
        HttpResponse<String> stale = qa1.put("/api/audits/" + id + "/criteria/" + criteria.get(0),
                "{\"result\":\"NOT_MET\"}", 0);
        assertThat(stale.statusCode()).isEqualTo(409);
        assertThat(stale.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v)
                .startsWith("application/problem+json"));
        assertThat(json.parse(stale.body()).get("type").getStringValue()).isEqualTo("/problems/edit-conflict");
        assertThat(json.parse(stale.body()).get("detail").getStringValue()).contains("changed by someone else");
        assertThat(qa1.put("/api/audits/" + id + "/criteria/" + criteria.get(0), "{\"result\":\"NOT_MET\"}")
                .statusCode()).isEqualTo(428);

        // Override: a rationale is required.
        HttpResponse<String> noRationale = qa1.put("/api/audits/" + id + "/overrides/A",
                "{\"rating\":\"good\",\"version\":1}");
        assertThat(noRationale.statusCode()).isEqualTo(422);
        assertThat(noRationale.body()).contains("rationale");
        HttpResponse<String> overridden = qa1.put("/api/audits/" + id + "/overrides/A",
                "{\"rating\":\"good\",\"rationale\":\"The views are recorded but not in the child's own words.\"}", 1);
        assertThat(overridden.statusCode()).as(overridden.body()).isEqualTo(200);
        audit = json.parse(overridden.body());
        assertThat(section(audit, "A").get("rating").get("rating").getStringValue()).isEqualTo("good");
        assertThat(section(audit, "A").get("rating").get("ratingLabel").getStringValue()).isEqualTo("Good");

        // Findings, with evidence quoted exactly from the audited version.
        String sectionA = sectionText("A");
        int start = sectionA.indexOf("I like trains");
        HttpResponse<String> strength = qa1.post("/api/audits/" + id + "/findings", """
                {"kind":"STRENGTH","criterionId":"A1","text":"The child's own interests lead the section.",
                 "evidence":{"text":"I like trains","start":%d,"end":%d}}""".formatted(start, start + 13), 2);
        assertThat(strength.statusCode()).as(strength.body()).isEqualTo(201);
        HttpResponse<String> misquoted = qa1.post("/api/audits/" + id + "/findings", """
                {"kind":"STRENGTH","section":"A","text":"x","evidence":{"text":"I love trains","start":%d,"end":%d}}"""
                .formatted(start, start + 13), 3);
        assertThat(misquoted.statusCode()).isEqualTo(422);
        assertThat(json.parse(misquoted.body()).get("type").getStringValue()).isEqualTo("/problems/invalid-evidence");
        HttpResponse<String> action = qa1.post("/api/audits/" + id + "/findings", """
                {"kind":"ACTION","section":"F","text":"Quantify the speech and language provision.",
                 "actionOwner":"Casey Worker","actionDue":"2026-03-31","version":3}""");
        assertThat(action.statusCode()).as(action.body()).isEqualTo(201);
        audit = json.parse(action.body());
        assertThat(audit.get("findings").size()).isEqualTo(2);
        assertThat(audit.get("findings").get(0).get("section").getStringValue()).isEqualTo("A");
        assertThat(audit.get("findings").get(1).get("actionStatus").getStringValue()).isEqualTo("OPEN");
        int version = audit.get("version").getIntValue();

        // Submit; a submitted audit's ratings no longer change.
        HttpResponse<String> submitted = qa1.post("/api/audits/" + id + "/submit", "{}", version);
        assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(200);
        version = json.parse(submitted.body()).get("version").getIntValue();
        HttpResponse<String> late = qa1.put("/api/audits/" + id + "/criteria/A1", "{\"result\":\"MET\"}", version);
        assertThat(late.statusCode()).isEqualTo(409);
        assertThat(json.parse(late.body()).get("type").getStringValue()).isEqualTo("/problems/wrong-status");

        // Blind moderation: not by the first auditor; the moderator cannot see the first ratings until they submit.
        assertThat(qa1.post("/api/audits/" + id + "/moderation", "{}", version).statusCode()).isEqualTo(403);
        HttpResponse<String> started = qa2.post("/api/audits/" + id + "/moderation", "{}", version);
        assertThat(started.statusCode()).as(started.body()).isEqualTo(201);
        JsonNode moderation = json.parse(started.body());
        assertThat(moderation.get("blind").getBooleanValue()).isTrue();
        version = moderation.get("version").getIntValue();
        HttpResponse<String> peek = qa2.get("/api/audits/" + id);
        assertThat(peek.statusCode()).isEqualTo(403);
        assertThat(json.parse(peek.body()).get("type").getStringValue()).isEqualTo("/problems/blind-moderation");
        assertThat(qa2.get("/api/audits/" + id + "/trail").statusCode()).isEqualTo(403);
        assertThat(qa2.get("/api/audits/" + id + "/report-view").statusCode()).isEqualTo(403);
        assertThat(ApiClient.basic(server.getURI(), qa2Name, PASSWORD).getBytes("/api/reports/audits/" + id + ".pdf")
                .statusCode()).isEqualTo(403);
        JsonNode blindView = json.parse(qa2.get("/api/audits/" + id + "/moderation").body());
        for (JsonNode rating : blindView.get("ratings").values()) {
            assertThat(rating.get("auditorRating").isNull()).isTrue();
        }
        for (JsonNode criterion : blindView.get("criteria").values()) {
            assertThat(criterion.get("auditorResult").isNull()).isTrue();
        }
        // ... and nobody else sees the moderator's unfinished ratings.
        JsonNode auditorsView = json.parse(qa1.get("/api/audits/" + id + "/moderation").body());
        assertThat(auditorsView.get("ratings").get(0).get("moderatorRating").isNull()).isTrue();

        String allMet = ratings.toString().replace("NOT_MET", "MET");
        HttpResponse<String> moderated = qa2.put("/api/audits/" + id + "/moderation/criteria",
                "{\"ratings\":[" + allMet + "]}", version);
        assertThat(moderated.statusCode()).as(moderated.body()).isEqualTo(200);
        version = json.parse(moderated.body()).get("version").getIntValue();
        HttpResponse<String> moderationSubmitted = qa2.post("/api/audits/" + id + "/moderation/submit", "{}", version);
        assertThat(moderationSubmitted.statusCode()).as(moderationSubmitted.body()).isEqualTo(200);
        JsonNode sideBySide = json.parse(moderationSubmitted.body());
        version = sideBySide.get("version").getIntValue();
        assertThat(sideBySide.get("blind").getBooleanValue()).isFalse();
        assertThat(qa2.get("/api/audits/" + id).statusCode()).isEqualTo(200);
        JsonNode f = rating(sideBySide, "F");
        assertThat(f.get("auditorRating").getStringValue()).isEqualTo("inadequate");
        assertThat(f.get("moderatorRating").getStringValue()).isEqualTo("outstanding");

        // Agree: every rating the raters differ on needs an agreed rating with a rationale.
        HttpResponse<String> incomplete = qa1.put("/api/audits/" + id + "/agreement", "{\"ratings\":[]}", version);
        assertThat(incomplete.statusCode()).isEqualTo(422);
        assertThat(json.parse(incomplete.body()).get("detail").getStringValue()).contains("section F");
        StringBuilder agreed = new StringBuilder();
        for (JsonNode rating : sideBySide.get("ratings").values()) {
            String first = text(rating.get("auditorRating"));
            String second = text(rating.get("moderatorRating"));
            if (first != null && !first.equals(second)) {
                agreed.append(agreed.isEmpty() ? "" : ",").append("{\"section\":\"")
                        .append(rating.get("section").getStringValue()).append("\",\"rating\":\"")
                        .append(rating.get("section").getStringValue().equals("F") ? "requires-improvement" : first)
                        .append("\",\"rationale\":\"Provision is named but not quantified.\"}");
            }
        }
        HttpResponse<String> agreement = qa1.put("/api/audits/" + id + "/agreement", "{\"ratings\":[" + agreed + "]}",
                version);
        assertThat(agreement.statusCode()).as(agreement.body()).isEqualTo(200);
        JsonNode afterAgreement = json.parse(agreement.body());
        assertThat(afterAgreement.get("status").getStringValue()).isEqualTo("MODERATED");
        assertThat(rating(afterAgreement, "F").get("agreedRating").getStringValue()).isEqualTo("requires-improvement");
        version = afterAgreement.get("version").getIntValue();

        // Final, then immutable.
        HttpResponse<String> finalised = qa1.post("/api/audits/" + id + "/final", "{}", version);
        assertThat(finalised.statusCode()).as(finalised.body()).isEqualTo(200);
        audit = json.parse(finalised.body());
        assertThat(audit.get("status").getStringValue()).isEqualTo("FINAL");
        version = audit.get("version").getIntValue();
        HttpResponse<String> afterFinal = qa1.post("/api/audits/" + id + "/findings",
                "{\"kind\":\"STRENGTH\",\"section\":\"B\",\"text\":\"Late thought.\"}", version);
        assertThat(afterFinal.statusCode()).isEqualTo(409);
        assertThat(json.parse(afterFinal.body()).get("type").getStringValue()).isEqualTo("/problems/audit-final");
        assertThat(json.parse(afterFinal.body()).get("detail").getStringValue()).contains("is final");

        // Only an action's follow-up changes after that: a manager records it done, and nothing else moves.
        long strengthId = audit.get("findings").get(0).get("id").getLongValue();
        long actionId = audit.get("findings").get(1).get("id").getLongValue();
        String followUp = "/api/audits/" + id + "/findings/" + actionId + "/action-status";
        HttpResponse<String> notAnAction = manager.put("/api/audits/" + id + "/findings/" + strengthId
                + "/action-status", "{\"status\":\"DONE\"}", version);
        assertThat(notAnAction.statusCode()).isEqualTo(422);
        assertThat(json.parse(notAnAction.body()).get("type").getStringValue()).isEqualTo("/problems/not-an-action");
        assertThat(manager.put(followUp, "{\"status\":\"DONE\"}", version - 1).statusCode()).isEqualTo(409);
        assertThat(trainer.put(followUp, "{\"status\":\"DONE\"}", version).statusCode()).isEqualTo(403);
        HttpResponse<String> done = manager.put(followUp, "{\"status\":\"DONE\"}", version);
        assertThat(done.statusCode()).as(done.body()).isEqualTo(200);
        JsonNode followedUp = json.parse(done.body());
        assertThat(followedUp.get("status").getStringValue()).isEqualTo("FINAL");
        assertThat(followedUp.get("version").getIntValue()).isEqualTo(version + 1);
        assertThat(followedUp.get("findings").get(1).get("actionStatus").getStringValue()).isEqualTo("DONE");
        assertThat(followedUp.get("findings").get(1).get("text").getStringValue())
                .isEqualTo("Quantify the speech and language provision.");
        assertThat(followedUp.get("overall").toString()).isEqualTo(audit.get("overall").toString());

        // The trail holds who changed what, from what to what.
        JsonNode trail = json.parse(manager.get("/api/audits/" + id + "/trail").body());
        List<String> fields = new ArrayList<>();
        for (JsonNode entry : trail.values()) {
            fields.add(entry.get("field").getStringValue() + "|" + entry.get("username").getStringValue() + "|"
                    + text(entry.get("oldValue")) + "|" + text(entry.get("newValue")));
        }
        assertThat(fields).contains("override A|" + qa1Name + "|null|good", "status|" + qa1Name + "|DRAFT|SUBMITTED",
                "moderator|" + qa2Name + "|null|" + qa2Name, "status|" + qa1Name + "|MODERATED|FINAL",
                "agreed F|" + qa1Name + "|null|requires-improvement (Provision is named but not quantified.)");
        assertThat(fields).anyMatch(field -> field.startsWith("criterion " + fCriteria.get(0) + " result|" + qa1Name));
        assertThat(fields).anyMatch(field -> field.startsWith("finding ") && field.contains("Quantify the speech"));
        assertThat(fields).anyMatch(field -> field.startsWith("action " + actionId + " status|")
                && field.endsWith("|OPEN|DONE"));

        // The report view carries the confirmed (agreed) ratings and the findings by kind.
        JsonNode report = json.parse(manager.get("/api/audits/" + id + "/report-view").body());
        assertThat(report.get("status").getStringValue()).isEqualTo("FINAL");
        JsonNode reportF = null;
        for (JsonNode section : report.get("sections").values()) {
            if (section.get("code").getStringValue().equals("F")) {
                reportF = section;
            }
        }
        assertThat(reportF.get("rating").get("rating").getStringValue()).isEqualTo("requires-improvement");
        assertThat(reportF.get("rating").get("rationale").getStringValue()).contains("not quantified");
        assertThat(report.get("strengths").size()).isEqualTo(1);
        assertThat(report.get("actions").get(0).get("actionOwner").getStringValue()).isEqualTo("Casey Worker");

        // Report: the caseworker's PDF holds the confirmed ratings, the rationales and the findings.
        HttpResponse<byte[]> pdf = ApiClient.basic(server.getURI(), qa1Name, PASSWORD)
                .getBytes("/api/reports/audits/" + id + ".pdf");
        assertThat(pdf.statusCode()).isEqualTo(200);
        String pdfText = pdfText(pdf.body());
        assertThat(pdfText).contains("Overall rating: " + report.get("overall").get("label").getStringValue(),
                "A Views, interests and aspirations Good Rule gave Outstanding. Provision is named but not quantified.",
                "F Special educational provision Requires improvement Rule gave Inadequate.",
                "own interests lead the section", "Quantify the speech and language provision.", "Casey Worker",
                "Status: Final");
        assertThat(trainer.get("/api/reports/audits/" + id + ".html").statusCode()).isEqualTo(403);

        // Agreement statistics include this moderation (other tests may add more).
        HttpResponse<String> statistics = manager.get("/api/audits/agreement?framework=statutory-baseline");
        assertThat(statistics.statusCode()).as(statistics.body()).isEqualTo(200);
        JsonNode stats = json.parse(statistics.body());
        assertThat(stats.get("all").get("pairs").getIntValue()).isGreaterThan(0);
        assertThat(stats.get("byPair").values()).anyMatch(pair -> pair.get("auditor").getStringValue().equals(qa1Name)
                && pair.get("moderator").getStringValue().equals(qa2Name));
        assertThat(stats.get("automaticVersusHuman").size()).isGreaterThan(0);
        assertThat(trainer.get("/api/audits/agreement").statusCode()).isEqualTo(403);
    }

    String sectionText(String code) {
        JsonNode plan = json.parse(admin.get("/api/plans/" + planId).body());
        for (JsonNode section : plan.get("sections").values()) {
            if (section.get("code").getStringValue().equals(code)) {
                return section.get("text").getStringValue();
            }
        }
        throw new AssertionError("no section " + code);
    }

    static JsonNode section(JsonNode audit, String code) {
        for (JsonNode section : audit.get("sections").values()) {
            if (section.get("code").getStringValue().equals(code)) {
                return section;
            }
        }
        throw new AssertionError("no section " + code);
    }

    static JsonNode rating(JsonNode moderation, String code) {
        for (JsonNode rating : moderation.get("ratings").values()) {
            if (rating.get("section").getStringValue().equals(code)) {
                return rating;
            }
        }
        throw new AssertionError("no rating " + code);
    }

    static String pdfText(byte[] pdf) {
        try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            return new org.apache.pdfbox.text.PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static String text(JsonNode node) {
        return node == null || node.isNull() ? null : node.getStringValue();
    }
}
