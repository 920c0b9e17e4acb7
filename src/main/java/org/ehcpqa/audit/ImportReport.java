package org.ehcpqa.audit;

import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/** What an import stored: every row became one final audit (an import with any bad row stores nothing). */
@Serdeable
public record ImportReport(String fileName, int rows, List<Long> auditIds) {
}
