package org.ehcpqa.synthetic;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.scheduling.annotation.Async;
import jakarta.inject.Singleton;
import org.ehcpqa.ingest.IngestRefusedException;
import org.ehcpqa.ingest.IngestService;
import org.ehcpqa.plan.PlanService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.sql.DataSource;

/**
 * Loads invented plans into an empty installation so a first look at the service has something
 * to show. Only when asked ({@code ehcpqa.demo.plans}, a count) and only into an empty database:
 * demo plans must never mix with a council's real ones.
 */
@Singleton
@Requires(beans = DataSource.class)
@Requires(property = "ehcpqa.demo.plans")
class DemoPlans {

    private static final Logger LOG = LoggerFactory.getLogger(DemoPlans.class);
    private static final long SEED = 20_250_204L;
    private static final String[] TEAMS = {"North", "South", "East", "West"};

    private final IngestService ingest;
    private final PlanService plans;
    private final int count;

    DemoPlans(IngestService ingest, PlanService plans, @Value("${ehcpqa.demo.plans}") int count) {
        this.ingest = ingest;
        this.plans = plans;
        this.count = count;
    }

    @EventListener
    @Async
    void onStartup(StartupEvent event) {
        if (plans.count() > 0) {
            LOG.info("Demo plans not loaded: the database already holds plans");
            return;
        }
        SyntheticPlanGenerator generator = new SyntheticPlanGenerator();
        int loaded = 0;
        for (GeneratedPlan plan : generator.corpus(SEED, count)) {
            try {
                ingest.ingest(plan.content(), plan.fileName(), "demo", TEAMS[loaded % TEAMS.length],
                        "Caseworker " + (char) ('A' + loaded % 6));
                loaded++;
            } catch (IngestRefusedException refused) {
                LOG.warn("Demo plan {} was refused: {}", plan.fileName(), refused.reason().slug());
            }
        }
        LOG.info("Loaded {} invented demo plans", loaded);
    }
}
