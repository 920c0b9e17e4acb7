package org.ehcpqa.practice;

import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/** What an audit cycle's sampling did: the population and allocation per stratum, and the audits it opened. */
@Serdeable
public record SampleResult(long eventId, String stratifiedBy, long seed, List<Stratum> strata,
                           List<Assigned> audits) {

    @Serdeable
    public record Stratum(String stratum, int population, int sampled) {
    }

    @Serdeable
    public record Assigned(long auditId, long planId, String auditor, String stratum) {
    }
}
