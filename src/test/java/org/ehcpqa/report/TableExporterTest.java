package org.ehcpqa.report;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.PaneInformation;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TableExporterTest {

    private final TableExporter exporter = new TableExporter();

    private static Table audits() {
        return Table.builder("Audits", Column.text("Plan"), Column.text("Comment"), Column.integer("Criteria met"),
                        Column.decimal("Score"), Column.percent("Share met"), Column.date("Audited"))
                .row("Plan 1", "Plain", 12, 71.25, 0.8, LocalDate.of(2025, 2, 4))
                .row("Plan 2", "Says \"access to\", weekly", 3, -2.5, 0.125, null)
                .row("Plan 3", "two\nlines", null, null, null, LocalDate.of(2024, 12, 31))
                .build();
    }

    @Test
    void csvIsRfc4180WithABomAndCrLf() {
        byte[] csv = exporter.csv(audits());

        assertThat(Arrays.copyOf(csv, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        String text = new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8);
        assertThat(text).isEqualTo(
                "Plan,Comment,Criteria met,Score,Share met,Audited\r\n"
                        + "Plan 1,Plain,12,71.25,0.8,2025-02-04\r\n"
                        + "Plan 2,\"Says \"\"access to\"\", weekly\",3,-2.5,0.125,\r\n"
                        + "Plan 3,\"two\nlines\",,,,2024-12-31\r\n");
    }

    @Test
    void csvTextThatASpreadsheetWouldRunGetsAnApostropheButNumbersDoNot() {
        Table table = Table.builder("Comments", Column.text("Comment"), Column.integer("Change"))
                .row("=HYPERLINK(\"http://example.invalid\",\"x\")", -3)
                .row("+1 extra session", 1)
                .row("-see B", 0)
                .row("@SUM(A1:A2)", 0)
                .row("\tTabbed", 0)
                .row("Ordinary = fine", 0)
                .row("Commas, and =later", 0)
                .build();
        String text = new String(exporter.csv(table), StandardCharsets.UTF_8).substring(1);

        assertThat(text.split("\r\n")).containsExactly(
                "Comment,Change",
                "\"'=HYPERLINK(\"\"http://example.invalid\"\",\"\"x\"\")\",-3",
                "'+1 extra session,1",
                "'-see B,0",
                "'@SUM(A1:A2),0",
                "'\tTabbed,0",
                "Ordinary = fine,0",
                "\"Commas, and =later\",0");
    }

    @Test
    void csvKeepsNamesInAnyScript() {
        Table table = Table.builder("Names", Column.text("Auditor")).row("Zoë Wiśniewska").row("Ярослава").build();
        String text = new String(exporter.csv(table), StandardCharsets.UTF_8);
        assertThat(text).isEqualTo("\uFEFFAuditor\r\nZoë Wiśniewska\r\nЯрослава\r\n");
    }

    @Test
    void xlsxOpensWithNumbersAsNumbersDatesAsDatesAndABoldFrozenHeader() throws IOException {
        byte[] xlsx = exporter.xlsx(audits());

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getSheetName()).isEqualTo("Audits");
            Row header = sheet.getRow(0);
            assertThat(header.getCell(2).getStringCellValue()).isEqualTo("Criteria met");
            assertThat(workbook.getFontAt(header.getCell(0).getCellStyle().getFontIndex()).getBold()).isTrue();
            PaneInformation pane = sheet.getPaneInformation();
            assertThat(pane).isNotNull();
            assertThat(pane.isFreezePane()).isTrue();
            assertThat(pane.getHorizontalSplitPosition()).isEqualTo((short) 1);

            Row first = sheet.getRow(1);
            assertThat(first.getCell(2).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(first.getCell(2).getNumericCellValue()).isEqualTo(12.0);
            assertThat(first.getCell(3).getNumericCellValue()).isEqualTo(71.25);
            assertThat(first.getCell(4).getNumericCellValue()).isEqualTo(0.8);
            assertThat(first.getCell(4).getCellStyle().getDataFormatString()).isEqualTo("0.0%");
            assertThat(DateUtil.isCellDateFormatted(first.getCell(5))).isTrue();
            assertThat(first.getCell(5).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2025, 2, 4));

            Row second = sheet.getRow(2);
            assertThat(second.getCell(1).getStringCellValue()).isEqualTo("Says \"access to\", weekly");
            assertThat(second.getCell(3).getNumericCellValue()).isEqualTo(-2.5);
            assertThat(second.getCell(5)).isNull();
            assertThat(sheet.getRow(3).getCell(2)).isNull();
            assertThat(sheet.getLastRowNum()).isEqualTo(3);
        }
    }

    @Test
    void xlsxTextCellsAreGuardedAndNeverFormulas() throws IOException {
        Table table = Table.builder("Comments", Column.text("Comment")).row("=1+1").row("@cmd").build();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(exporter.xlsx(table)))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(1).getCell(0).getCellType()).isEqualTo(CellType.STRING);
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("'=1+1");
            assertThat(sheet.getRow(2).getCell(0).getStringCellValue()).isEqualTo("'@cmd");
        }
    }

    @Test
    void aLargeTableStreamsToXlsx() throws IOException {
        Table.Builder builder = Table.builder("Ratings: 2025/26?", Column.integer("Audit"), Column.text("Rating"));
        for (int i = 0; i < 50_000; i++) {
            builder.row(i, i % 3 == 0 ? "Good" : "Inadequate");
        }
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(exporter.xlsx(builder.build())))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getSheetName()).doesNotContain(":", "/", "?");
            assertThat(sheet.getLastRowNum()).isEqualTo(50_000);
            assertThat(sheet.getRow(50_000).getCell(0).getNumericCellValue()).isEqualTo(49_999.0);
        }
    }

    @Test
    void aCellOfTheWrongKindIsRefusedWhenTheTableIsMade() {
        assertThatThrownBy(() -> Table.builder("T", Column.integer("Count")).row("twelve").build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Count");
        assertThatThrownBy(() -> Table.builder("T", Column.integer("A"), Column.text("B")).row(1).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1 cells");
    }

    @Test
    void displayTextIsWhatAPersonReads() {
        Table table = audits();
        assertThat(table.displayRows().get(0)).containsExactly("Plan 1", "Plain", "12", "71.25", "80%", "4 February 2025");
        assertThat(table.displayRows().get(1)).containsExactly("Plan 2", "Says \"access to\", weekly", "3", "-2.5",
                "12.5%", "");
    }
}
