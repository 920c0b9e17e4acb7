package org.ehcpqa.trend;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/**
 * A trend as a table a report can render as it stands: one row per period and key, one count per level (best
 * first), and a share whose meaning {@code share} names.
 *
 * @param levels      level ids in column order (rating levels best first, or MET, PARTLY_MET, NOT_MET,
 *                    NOT_APPLICABLE for criteria)
 * @param levelLabels what people read for each level
 * @param goodLevel   the configured "good" level: shares count it and every better level
 * @param share       what {@link Row#share()} measures, e.g. "good or better"
 */
@Serdeable
public record TrendTable(String title, String framework, String by, String period, @Nullable String section,
                         List<String> levels, List<String> levelLabels, @Nullable String goodLevel, String share,
                         List<Row> rows) {

    /**
     * @param period "2025-03", "2025-Q1", "before", "after" or "all"
     * @param key    the section, criterion, team, caseworker, need or phase; "" for a table with no cut
     * @param counts one count per level, in {@link TrendTable#levels()} order
     * @param share  the share the table names, 0 to 1; null when nothing counted
     */
    @Serdeable
    public record Row(String period, String key, List<Long> counts, long total, @Nullable Double share) {
    }
}
