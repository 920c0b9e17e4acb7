package org.ehcpqa.framework;

import io.micronaut.serde.annotation.Serdeable;

/** One line of the framework list: enough to pick a framework and to cite the exact version. */
@Serdeable
public record FrameworkSummaryResponse(String id, String version, String hash, String title, int criteriaCount) {

    static FrameworkSummaryResponse from(QaFramework framework) {
        return new FrameworkSummaryResponse(framework.id(), framework.version(), framework.hash(), framework.title(),
                framework.criteria().size());
    }
}
