package org.ehcpqa.web;

import org.ehcpqa.trend.TrendTable;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * A bar chart of the share rated good or better per period, drawn as SVG on the server (no charting script), with
 * the same figures as a table for people who cannot see it. Each bar pools the rows of its period: the counts of
 * every level at or above the table's good level, of every counted rating (criteria judged not applicable are left
 * out, as the trend service does). When a table lists each section and the overall rating, the overall rating is
 * left out of the pool so no audit is counted twice.
 *
 * @param bars   one per period, oldest first
 * @param width  the drawing's width in SVG units (the view box; it scales to the page)
 * @param height the drawing's height
 */
record ShareChart(String title, String description, List<Bar> bars, int width, int height, List<Tick> ticks) {

    static final int PLOT_TOP = 20;
    static final int PLOT_HEIGHT = 200;
    static final int LEFT = 50;
    static final int BAR_STEP = 60;
    static final int BAR_WIDTH = 40;
    private static final String NOT_APPLICABLE = "NOT_APPLICABLE";

    /**
     * @param x, y, barHeight where the bar is drawn; barHeight 0 when nothing was counted
     * @param percent         the share as the page prints it ("66.7%"), or "no ratings"
     */
    record Bar(String period, long counted, long good, String percent, int x, int y, int barHeight, int labelX,
               int labelY) {
    }

    /** A line across the plot at a share, labelled on the axis. */
    record Tick(String label, int y) {
    }

    static ShareChart of(TrendTable table) {
        boolean mixed = table.rows().stream().anyMatch(row -> row.key().equals(TrendFilter.OVERALL))
                && table.rows().stream().anyMatch(row -> !row.key().equals(TrendFilter.OVERALL));
        int goodColumn = table.goodLevel() == null ? -1 : table.levels().indexOf(table.goodLevel());
        Map<String, long[]> pooled = new TreeMap<>();
        for (TrendTable.Row row : table.rows()) {
            if (mixed && row.key().equals(TrendFilter.OVERALL)) {
                continue;
            }
            long[] sums = pooled.computeIfAbsent(row.period(), p -> new long[2]);
            for (int i = 0; i < row.counts().size(); i++) {
                if (!NOT_APPLICABLE.equals(table.levels().get(i))) {
                    sums[0] += row.counts().get(i);
                    sums[1] += i <= goodColumn ? row.counts().get(i) : 0;
                }
            }
        }
        List<Bar> bars = new ArrayList<>();
        int index = 0;
        for (Map.Entry<String, long[]> period : pooled.entrySet()) {
            long counted = period.getValue()[0];
            long good = period.getValue()[1];
            int barHeight = counted == 0 ? 0 : (int) Math.round(PLOT_HEIGHT * (double) good / counted);
            int x = LEFT + 10 + index * BAR_STEP;
            int y = PLOT_TOP + PLOT_HEIGHT - barHeight;
            bars.add(new Bar(period.getKey(), counted, good, counted == 0 ? "no ratings" : percent((double) good / counted),
                    x, y, barHeight, x + BAR_WIDTH / 2, Math.max(PLOT_TOP + 12, y - 6)));
            index++;
        }
        List<Tick> ticks = new ArrayList<>();
        for (int share = 0; share <= 100; share += 25) {
            ticks.add(new Tick(share + "%", PLOT_TOP + PLOT_HEIGHT - PLOT_HEIGHT * share / 100));
        }
        String shareName = "share " + table.share();
        String title = "Share " + table.share() + " per " + ("QUARTER".equals(table.period()) ? "quarter" : "month");
        String description = bars.isEmpty() ? "No ratings match these filters."
                : "Bar chart of the " + shareName + ", " + bars.size() + " bars: " + String.join("; ",
                bars.stream().map(b -> b.period() + " " + b.percent() + " of " + b.counted()).toList()) + ".";
        return new ShareChart(title, description, bars, Math.max(400, LEFT + 20 + bars.size() * BAR_STEP),
                PLOT_TOP + PLOT_HEIGHT + 40, ticks);
    }

    public int plotBottom() {
        return PLOT_TOP + PLOT_HEIGHT;
    }

    public int axisLabelY() {
        return PLOT_TOP + PLOT_HEIGHT + 20;
    }

    /** A share as the page prints it: one decimal place, as the spreadsheet's 0.0% format shows it. */
    static String percent(Double share) {
        return share == null ? "-" : String.format(Locale.ROOT, "%.1f%%", share * 100);
    }
}
