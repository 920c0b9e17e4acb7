/**
 * Rendering report templates to HTML and PDF, and CSV and XLSX exports.
 *
 * <p>Controllers here are thin: they ask the owning feature's service for its read model (audit, practice, trend),
 * map it onto a report model with an assembler ({@code AuditReportAssembler}, {@code PracticeEventReportAssembler},
 * {@code TrendReportAssembler}, {@code AuditExports}) and hand it to {@link org.ehcpqa.report.ReportService} or
 * {@link org.ehcpqa.report.TableExporter}. Who may see what stays the owning feature's rule (blind moderation is
 * enforced by the audit service), and no report reads another feature's tables.
 */
package org.ehcpqa.report;
