package org.ehcpqa.search;

import org.ehcpqa.plan.SectionCode;

import java.util.Map;

/**
 * The audited rating of each section of a plan version. Audits arrive with their own feature: it
 * implements this as a bean and calls {@link SearchIndexer#reindex(long)} after an audit is stored;
 * until then no bean exists and the audited rating field stays empty.
 */
public interface AuditedRatings {

    Map<SectionCode, String> forVersion(long versionId);
}
