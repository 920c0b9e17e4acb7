package org.ehcpqa.report;

import jakarta.inject.Singleton;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CreationHelper;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

/**
 * Writes a {@link Table} as CSV or XLSX.
 *
 * <p>CSV follows RFC 4180 (CRLF line ends, fields with a comma, quote or line break quoted, quotes
 * doubled) in UTF-8 with a byte order mark, because Excel otherwise reads UTF-8 as the local code
 * page and mangles names with accents. Text that a spreadsheet would run as a formula (starting
 * with = + - @, or a tab or carriage return) gets a leading apostrophe: audit comments and plan
 * quotations are typed by people and may start that way (OWASP "CSV injection"). Number and date
 * cells are not touched, so a negative score stays a number.
 *
 * <p>XLSX keeps numbers as numbers and dates as dates, with a bold, frozen header row. It is
 * written with POI's streaming workbook so a trend export of a million rows does not hold every
 * row in memory.
 */
@Singleton
public class TableExporter {

    public static final String CSV_MEDIA_TYPE = "text/csv; charset=utf-8";
    public static final String XLSX_MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    /** Rows kept in memory while streaming an XLSX; the rest are flushed to a temporary file. */
    private static final int XLSX_WINDOW = 200;
    private static final int MAX_COLUMN_WIDTH_CHARS = 60;

    public byte[] csv(Table table) {
        StringBuilder out = new StringBuilder(64 * (table.rows().size() + 1));
        appendRecord(out, table.columns().stream().map(Column::heading).map(TableExporter::guardFormula).toList());
        for (List<Object> row : table.rows()) {
            String[] fields = new String[row.size()];
            for (int c = 0; c < row.size(); c++) {
                fields[c] = csvField(table.columns().get(c).type(), row.get(c));
            }
            appendRecord(out, List.of(fields));
        }
        byte[] body = out.toString().getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[UTF8_BOM.length + body.length];
        System.arraycopy(UTF8_BOM, 0, withBom, 0, UTF8_BOM.length);
        System.arraycopy(body, 0, withBom, UTF8_BOM.length, body.length);
        return withBom;
    }

    public byte[] xlsx(Table table) {
        SXSSFWorkbook workbook = new SXSSFWorkbook(XLSX_WINDOW);
        try {
            SXSSFSheet sheet = workbook.createSheet(WorkbookUtil.createSafeSheetName(table.title()));
            Styles styles = new Styles(workbook);
            Row header = sheet.createRow(0);
            int[] widths = new int[table.columns().size()];
            for (int c = 0; c < table.columns().size(); c++) {
                Cell cell = header.createCell(c);
                cell.setCellValue(guardFormula(table.columns().get(c).heading()));
                cell.setCellStyle(styles.header);
                widths[c] = table.columns().get(c).heading().length();
            }
            sheet.createFreezePane(0, 1);
            int r = 1;
            for (List<Object> values : table.rows()) {
                Row row = sheet.createRow(r++);
                for (int c = 0; c < values.size(); c++) {
                    Object value = values.get(c);
                    if (value == null) {
                        continue;
                    }
                    Cell cell = row.createCell(c);
                    ColumnType type = table.columns().get(c).type();
                    switch (type) {
                        case TEXT -> cell.setCellValue(guardFormula((String) value));
                        case INTEGER -> {
                            cell.setCellValue(((Number) value).doubleValue());
                            cell.setCellStyle(styles.integer);
                        }
                        case DECIMAL -> {
                            cell.setCellValue(((Number) value).doubleValue());
                            cell.setCellStyle(styles.decimal);
                        }
                        case PERCENT -> {
                            cell.setCellValue(((Number) value).doubleValue());
                            cell.setCellStyle(styles.percent);
                        }
                        case DATE -> {
                            cell.setCellValue((LocalDate) value);
                            cell.setCellStyle(styles.date);
                        }
                    }
                    widths[c] = Math.max(widths[c], Table.display(type, value).length());
                }
            }
            for (int c = 0; c < widths.length; c++) {
                // Column widths are in 1/256 of a character; autoSizeColumn would need every row in memory.
                sheet.setColumnWidth(c, Math.min(widths[c] + 2, MAX_COLUMN_WIDTH_CHARS) * 256);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            try {
                workbook.close();
            } catch (IOException ignored) {
                // closing also deletes the temporary files; nothing more to do if that fails
            }
        }
    }

    /** Prefixes text a spreadsheet would evaluate as a formula with an apostrophe. */
    static String guardFormula(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        char first = text.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + text : text;
    }

    private static String csvField(ColumnType type, Object value) {
        if (value == null) {
            return "";
        }
        return switch (type) {
            case TEXT -> guardFormula((String) value);
            case INTEGER -> Long.toString(((Number) value).longValue());
            case DECIMAL, PERCENT -> java.math.BigDecimal.valueOf(((Number) value).doubleValue())
                    .stripTrailingZeros().toPlainString();
            case DATE -> value.toString();
        };
    }

    private static void appendRecord(StringBuilder out, List<String> fields) {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(quoteIfNeeded(fields.get(i)));
        }
        out.append("\r\n");
    }

    private static String quoteIfNeeded(String field) {
        if (field.indexOf(',') < 0 && field.indexOf('"') < 0 && field.indexOf('\n') < 0 && field.indexOf('\r') < 0) {
            return field;
        }
        return '"' + field.replace("\"", "\"\"") + '"';
    }

    private static final class Styles {
        final CellStyle header;
        final CellStyle integer;
        final CellStyle decimal;
        final CellStyle percent;
        final CellStyle date;

        Styles(SXSSFWorkbook workbook) {
            CreationHelper helper = workbook.getCreationHelper();
            Font bold = workbook.createFont();
            bold.setBold(true);
            header = workbook.createCellStyle();
            header.setFont(bold);
            integer = numberStyle(workbook, helper, "#,##0");
            decimal = numberStyle(workbook, helper, "#,##0.00");
            percent = numberStyle(workbook, helper, "0.0%");
            date = numberStyle(workbook, helper, "yyyy-mm-dd");
        }

        private static CellStyle numberStyle(SXSSFWorkbook workbook, CreationHelper helper, String format) {
            CellStyle style = workbook.createCellStyle();
            style.setDataFormat(helper.createDataFormat().getFormat(format));
            return style;
        }
    }
}
