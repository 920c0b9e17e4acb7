package org.ehcpqa.report;

import io.micronaut.serde.annotation.Serdeable;

/** One column of a {@link Table}: its heading and what its cells hold. */
@Serdeable
public record Column(String heading, ColumnType type) {

    public Column {
        if (heading == null || heading.isBlank()) {
            throw new IllegalArgumentException("A column needs a heading");
        }
        if (type == null) {
            throw new IllegalArgumentException("Column '" + heading + "' needs a type");
        }
    }

    public static Column text(String heading) {
        return new Column(heading, ColumnType.TEXT);
    }

    public static Column integer(String heading) {
        return new Column(heading, ColumnType.INTEGER);
    }

    public static Column decimal(String heading) {
        return new Column(heading, ColumnType.DECIMAL);
    }

    public static Column percent(String heading) {
        return new Column(heading, ColumnType.PERCENT);
    }

    public static Column date(String heading) {
        return new Column(heading, ColumnType.DATE);
    }
}
