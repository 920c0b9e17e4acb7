/**
 * Practice events: audit cycles, moderation sessions, practice learning events and training.
 *
 * <p>An event has a type, date, title, teams, attendees, the audits and findings it draws on, themes, actions and
 * notes. Its view suggests themes: the criteria most often judged not met in its linked audits. Changes carry the
 * version read (409 /problems/edit-conflict when stale).
 *
 * <p>An audit cycle draws its sample with {@code POST /api/practice-events/{id}/sample}: N plans whose newest
 * version was issued in a period, stratified by team, phase or need with proportional allocation (largest
 * remainders) and drawn with a seed, so the same seed over the same plans gives the same sample
 * ({@link org.ehcpqa.practice.StratifiedSample}); or every plan in the period whose automatic assessment raised a
 * given flag (check code). A draft audit is opened for each, assigned round-robin to the named auditors, all in
 * one transaction. The population is read from the plan tables (and the stored assessments' flags) directly.
 * Once its sample is drawn, an audit cycle keeps its type and framework (422 otherwise).
 *
 * <p>Read model for reports: {@link org.ehcpqa.practice.PracticeEventView} (the event with its audits, findings,
 * chosen and suggested themes and actions); the before-and-after ratings of the attending teams come as a
 * {@link org.ehcpqa.trend.TrendTable} from {@code PracticeService.beforeAndAfter}.
 */
package org.ehcpqa.practice;
