package org.ehcpqa.plan;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.ehcpqa.ingest.IngestService;
import org.ehcpqa.scoring.assessment.AssessmentReader;
import org.ehcpqa.scoring.assessment.AssessmentResponse;
import org.ehcpqa.support.SamplePlans;
import org.ehcpqa.support.TestApplication;
import org.ehcpqa.web.BrowserPlans;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The plan list's rating and flag filters, on MariaDB, against what each plan's stored assessment
 * says: the flag filter reads the assessment_flag table, which must agree with the assessment.
 */
@MicronautTest(transactional = false)
class PlanListingIT implements TestApplication {

    private static final String FRAMEWORK = "statutory-baseline";

    @Inject
    IngestService ingest;
    @Inject
    PlanListing listing;
    @Inject
    AssessmentReader assessments;

    @Test
    void ratingAndFlagFiltersFindExactlyThePlansWhoseLatestAssessmentSaysSo() {
        String team = "Listing team " + UUID.randomUUID();
        List<Long> planIds = new ArrayList<>();
        String marker = UUID.randomUUID().toString();
        planIds.add(store(SamplePlans.text("Ffion Listed", "04/04/2016", "05/05/2025", marker), team));
        planIds.add(store(BrowserPlans.weak("Osian Listed", "14/03/2015", marker).getBytes(StandardCharsets.UTF_8), team));
        planIds.add(store(BrowserPlans.weak("Tegan Listed", "02/09/2012", marker + "-2").getBytes(StandardCharsets.UTF_8),
                team));

        Map<String, Set<Long>> byFlag = new HashMap<>();
        Map<String, Set<Long>> byRating = new HashMap<>();
        for (long planId : planIds) {
            AssessmentResponse assessment = assessments.current(planId, FRAMEWORK);
            assessment.flags().forEach(flag -> byFlag.computeIfAbsent(flag.check(), k -> new HashSet<>()).add(planId));
            byRating.computeIfAbsent(assessment.overall().rating(), k -> new HashSet<>()).add(planId);
        }
        assertThat(byFlag).as("the plans carry flags to filter by").isNotEmpty();

        byFlag.forEach((flag, expected) ->
                assertThat(ids(list(team, null, flag))).as("flag %s", flag).isEqualTo(expected));
        byRating.forEach((rating, expected) ->
                assertThat(ids(list(team, rating, null))).as("rating %s", rating).isEqualTo(expected));
        assertThat(list(team, null, null).total()).isEqualTo(3);
        assertThat(list(team, null, "no_such_check").items()).isEmpty();
        assertThat(list(team, null, null).items()).allSatisfy(item -> assertThat(item.rating()).isNotBlank());
    }

    private long store(byte[] content, String team) {
        return ingest.ingest(content, UUID.randomUUID() + ".txt", ADMIN, team, null).plan().id();
    }

    private PlanListPage list(String team, String rating, String flag) {
        return listing.list(new PlanListFilter(null, null, team, null, rating, flag, FRAMEWORK, 1, 25));
    }

    private static Set<Long> ids(PlanListPage page) {
        Set<Long> ids = new HashSet<>();
        page.items().forEach(item -> ids.add(item.planId()));
        return ids;
    }
}
