/**
 * Quality frameworks: loading, validating and versioning the YAML files in qa-framework/, keeping the active ones
 * ({@link org.ehcpqa.framework.FrameworkRegistry}), and turning criterion scores into explained ratings
 * ({@link org.ehcpqa.framework.RatingCalculator}).
 *
 * <p>The package knows the check codes only as names ({@code org.ehcpqa.scoring.CheckCode}) and never runs a check:
 * scoring depends on frameworks, not the other way round. It has no database: versions loaded since startup are
 * kept in memory until assessments persist the versions they use.
 */
package org.ehcpqa.framework;
