package org.ehcpqa.report;

import io.micronaut.serde.annotation.Serdeable;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * The one tabular shape every export and every report table is made from (audits, findings,
 * trends), so CSV, XLSX and the HTML/PDF reports show the same figures.
 *
 * <p>Cells are {@code null} (empty), a {@link String} in TEXT columns, a {@link Number} in
 * INTEGER, DECIMAL and PERCENT columns (PERCENT as a fraction 0..1) or a {@link LocalDate} in DATE
 * columns. The constructor checks this, so an exporter never meets a cell it cannot write.
 *
 * @param title   what the table shows; the sheet name in XLSX
 * @param columns in display order
 * @param rows    each as long as {@code columns}
 */
@Serdeable
public record Table(String title, List<Column> columns, List<List<Object>> rows) {

    private static final DateTimeFormatter DISPLAY_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    public Table {
        if (title == null || title.isBlank()) {
            throw new IllegalArgumentException("A table needs a title");
        }
        if (columns == null || columns.isEmpty()) {
            throw new IllegalArgumentException("Table '" + title + "' needs at least one column");
        }
        columns = List.copyOf(columns);
        List<List<Object>> copied = new ArrayList<>(rows == null ? 0 : rows.size());
        if (rows != null) {
            for (int r = 0; r < rows.size(); r++) {
                List<Object> row = rows.get(r);
                if (row == null || row.size() != columns.size()) {
                    throw new IllegalArgumentException("Row " + (r + 1) + " of table '" + title + "' has "
                            + (row == null ? 0 : row.size()) + " cells; the table has " + columns.size() + " columns");
                }
                for (int c = 0; c < row.size(); c++) {
                    checkCell(title, r, columns.get(c), row.get(c));
                }
                copied.add(Collections.unmodifiableList(new ArrayList<>(row)));
            }
        }
        rows = Collections.unmodifiableList(copied);
    }

    /** Starts a table with these columns; add rows with {@link Builder#row(Object...)}. */
    public static Builder builder(String title, Column... columns) {
        return new Builder(title, List.of(columns));
    }

    /** The text a person reads for one cell (pages and PDFs); empty for an empty cell. */
    public String display(int row, int column) {
        return display(columns.get(column).type(), rows.get(row).get(column));
    }

    /** Every row as display text, for templates. */
    public List<List<String>> displayRows() {
        List<List<String>> display = new ArrayList<>(rows.size());
        for (int r = 0; r < rows.size(); r++) {
            List<String> cells = new ArrayList<>(columns.size());
            for (int c = 0; c < columns.size(); c++) {
                cells.add(display(r, c));
            }
            display.add(cells);
        }
        return display;
    }

    /** True when the column is a number, so a page can align it to the right. */
    public boolean numeric(int column) {
        ColumnType type = columns.get(column).type();
        return type == ColumnType.INTEGER || type == ColumnType.DECIMAL || type == ColumnType.PERCENT;
    }

    static String display(ColumnType type, Object value) {
        if (value == null) {
            return "";
        }
        return switch (type) {
            case TEXT -> (String) value;
            case INTEGER -> String.format(Locale.UK, "%,d", ((Number) value).longValue());
            case DECIMAL -> plain(BigDecimal.valueOf(((Number) value).doubleValue()).setScale(2, RoundingMode.HALF_UP));
            case PERCENT -> plain(BigDecimal.valueOf(((Number) value).doubleValue() * 100).setScale(1, RoundingMode.HALF_UP))
                    + "%";
            case DATE -> DISPLAY_DATE.format((LocalDate) value);
        };
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }

    private static void checkCell(String title, int row, Column column, Object value) {
        if (value == null) {
            return;
        }
        boolean fits = switch (column.type()) {
            case TEXT -> value instanceof String;
            case INTEGER, DECIMAL, PERCENT -> value instanceof Number;
            case DATE -> value instanceof LocalDate;
        };
        if (!fits) {
            throw new IllegalArgumentException("Row " + (row + 1) + " of table '" + title + "': column '"
                    + column.heading() + "' holds " + column.type() + ", not " + value.getClass().getSimpleName());
        }
    }

    /** Collects rows for a table. */
    public static final class Builder {
        private final String title;
        private final List<Column> columns;
        private final List<List<Object>> rows = new ArrayList<>();

        private Builder(String title, List<Column> columns) {
            this.title = title;
            this.columns = columns;
        }

        public Builder row(Object... cells) {
            rows.add(java.util.Arrays.asList(cells.clone()));
            return this;
        }

        public Table build() {
            return new Table(title, columns, rows);
        }
    }
}
