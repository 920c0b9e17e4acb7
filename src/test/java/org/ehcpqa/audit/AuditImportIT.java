package org.ehcpqa.audit;

import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.ehcpqa.support.ApiClient;
import org.ehcpqa.support.Json;
import org.ehcpqa.support.TestApplication;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Historical audits from a council's spreadsheet: all rows or none, bad rows named by number. */
@MicronautTest
class AuditImportIT implements TestApplication {

    static final String MAPPING = """
            {"framework":"statutory-baseline","dateFormat":"dd/MM/yyyy",
             "columns":{"auditedOn":"Audit date","overall":"Overall grade","auditor":"Auditor","team":"Team",
                        "caseworker":"Caseworker","primaryNeed":"Need","phase":"Phase",
                        "sections":{"F":"Section F"},"criteria":{"F1":"F1 quantified"}},
             "ratings":{"RI":"requires-improvement"},
             "results":{"Yes":"MET","Partly":"PARTLY_MET","No":"NOT_MET"}}""";

    @Inject
    EmbeddedServer server;
    @Inject
    JsonMapper mapper;
    @Inject
    DataSource dataSource;

    ApiClient admin;
    Json json;
    String team;

    @BeforeAll
    void clients() {
        admin = ApiClient.basic(server.getURI(), ADMIN, ADMIN_PASSWORD);
        json = new Json(mapper);
        team = "Import team " + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void aCleanCsvBecomesFinalAuditsCountedInTheTrends() throws Exception {
        String csv = """
                Audit date,Overall grade,Auditor,Team,Caseworker,Need,Phase,Section F,F1 quantified
                03/02/2024,Good,Historic Auditor,%1$s,"Jones, A.",ASD,Primary,RI,Partly
                17/02/2024,RI,Historic Auditor,%1$s,"Jones, A.",SEMH,Secondary,Inadequate,No
                05/03/2024,outstanding,Historic Auditor,%1$s,B. Khan,SLCN,Post-16,Good,Yes
                """.formatted(team);
        HttpResponse<String> imported = admin.upload("/api/audits/import", "history.csv",
                csv.getBytes(StandardCharsets.UTF_8), Map.of("mapping", MAPPING));
        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(201);
        JsonNode report = json.parse(imported.body());
        assertThat(report.get("rows").getIntValue()).isEqualTo(3);
        long first = report.get("auditIds").get(0).getLongValue();
        JsonNode audit = json.parse(admin.get("/api/audits/" + first).body());
        assertThat(audit.get("status").getStringValue()).isEqualTo("FINAL");
        assertThat(audit.get("origin").getStringValue()).isEqualTo("IMPORTED");
        assertThat(audit.get("caseworker").getStringValue()).isEqualTo("Jones, A.");
        assertThat(audit.get("overall").get("rating").getStringValue()).isEqualTo("good");

        JsonNode trend = json.parse(admin.get("/api/trends/distribution?by=team&period=quarter&value="
                + java.net.URLEncoder.encode(team, StandardCharsets.UTF_8)).body());
        assertThat(trend.get("rows").size()).isEqualTo(1);
        JsonNode row = trend.get("rows").get(0);
        assertThat(row.get("period").getStringValue()).isEqualTo("2024-Q1");
        assertThat(row.get("total").getLongValue()).isEqualTo(3);
        assertThat(row.get("share").getDoubleValue()).isCloseTo(2.0 / 3, org.assertj.core.api.Assertions.within(1e-9));
    }

    @Test
    void aFileWithBadRowsIsRefusedWholeWithEachRowNamed() throws Exception {
        String badTeam = team + " bad";
        String csv = """
                Audit date,Overall grade,Auditor,Team,Caseworker,Need,Phase,Section F,F1 quantified
                03/02/2024,Good,H,%1$s,C,ASD,Primary,Good,Yes
                31/02/2024,Good,H,%1$s,C,ASD,Primary,Good,Yes
                04/02/2024,Goodish,H,%1$s,C,ASD,Primary,Good,Yes
                05/02/2024,Good,H,%1$s,C,ASD,Primary,Good,Maybe
                """.formatted(badTeam);
        HttpResponse<String> refused = admin.upload("/api/audits/import", "history.csv",
                csv.getBytes(StandardCharsets.UTF_8), Map.of("mapping", MAPPING));
        assertThat(refused.statusCode()).isEqualTo(422);
        JsonNode problem = json.parse(refused.body());
        assertThat(problem.get("type").getStringValue()).isEqualTo("/problems/import-rejected");
        assertThat(problem.get("detail").getStringValue()).contains("nothing was imported");
        String errors = refused.body();
        assertThat(errors).contains("Row 3: the audit date \\\"31/02/2024\\\"").contains("Row 4: the overall rating")
                .contains("Row 5: criterion F1");
        assertThat(errors).doesNotContain("Row 2:");
        assertThat(auditsOfTeam(badTeam)).isZero();

        HttpResponse<String> wrongColumn = admin.upload("/api/audits/import", "history.csv",
                "Date,Grade\n03/02/2024,Good\n".getBytes(StandardCharsets.UTF_8), Map.of("mapping", MAPPING));
        assertThat(wrongColumn.statusCode()).isEqualTo(422);
        assertThat(wrongColumn.body()).contains("no column \\\"Audit date\\\"");
    }

    @Test
    void anXlsxSheetWithRealDatesImportsToo() throws Exception {
        String xlsxTeam = team + " xlsx";
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet("Audits");
            String[] header = {"Audit date", "Overall grade", "Team", "Section F"};
            Row head = sheet.createRow(0);
            for (int i = 0; i < header.length; i++) {
                head.createCell(i).setCellValue(header[i]);
            }
            CellStyle dateStyle = workbook.createCellStyle();
            dateStyle.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
            Row row = sheet.createRow(1);
            row.createCell(0).setCellValue(LocalDate.of(2023, 11, 20));
            row.getCell(0).setCellStyle(dateStyle);
            row.createCell(1).setCellValue("Requires improvement");
            row.createCell(2).setCellValue(xlsxTeam);
            row.createCell(3).setCellValue("Inadequate");
            workbook.write(bytes);
        }
        String mapping = """
                {"columns":{"auditedOn":"Audit date","overall":"Overall grade","team":"Team","sections":{"F":"Section F"}}}""";
        HttpResponse<String> imported = admin.upload("/api/audits/import", "history.xlsx", bytes.toByteArray(),
                Map.of("mapping", mapping));
        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(201);
        long id = json.parse(imported.body()).get("auditIds").get(0).getLongValue();
        JsonNode audit = json.parse(admin.get("/api/audits/" + id).body());
        assertThat(audit.get("auditedOn").getStringValue()).isEqualTo("2023-11-20");
        assertThat(audit.get("overall").get("rating").getStringValue()).isEqualTo("requires-improvement");
        assertThat(auditsOfTeam(xlsxTeam)).isEqualTo(1);
    }

    long auditsOfTeam(String name) throws Exception {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement("SELECT COUNT(*) FROM audit WHERE team = ?")) {
            query.setString(1, name);
            try (ResultSet rs = query.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
