/**
 * Aggregations of audit results over time for team managers.
 *
 * <p>Every trend reads {@code trend_rating_count}: counts of confirmed ratings per framework, dimension (section,
 * criterion, team, caseworker, need, phase), section, month and level, kept by {@link org.ehcpqa.trend.TrendSummary}
 * in the transaction that makes an audit final, and rebuildable from the audit tables ({@code POST
 * /api/trends/rebuild}). Its primary key is the clustered index and covers every query, so a dashboard reads a few
 * thousand count rows instead of grouping a million ratings (docs/benchmarks.md, "Trends"). Each rating is counted
 * per month and per quarter (column grain), so a quarterly table is read as stored, without grouping. Team,
 * caseworker, need and phase are those of the plan when the audit was made final.
 *
 * <p>The one exception: the criteria most often not met of one team or caseworker. The counts keep criteria per
 * period and section only, so those are counted from that team's or caseworker's final audits ({@link
 * org.ehcpqa.audit.AuditLookups#judgements}), by the same rule as a rebuild.
 *
 * <p>"Good or better" uses the framework's own scale: {@code ehcpqa.trend.good-level.<framework id>} names the
 * level; without it a level with id "good", else the second level of a four-level scale. For criteria the share is
 * MET of the times the criterion applied.
 *
 * <p>Read models for reports: {@link org.ehcpqa.trend.TrendTable} (rows of period, key, counts per level best
 * first, total and share; from {@link org.ehcpqa.trend.TrendService#distribution}, {@code mostOftenNotMet} and
 * {@code beforeAndAfter}) and {@link org.ehcpqa.trend.OverdueReviews} (plans whose newest version was issued more
 * than twelve months ago).
 */
package org.ehcpqa.trend;
