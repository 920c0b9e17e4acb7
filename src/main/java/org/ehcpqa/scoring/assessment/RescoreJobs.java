package org.ehcpqa.scoring.assessment;

import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import org.ehcpqa.plan.PlanService;
import org.ehcpqa.web.ProblemException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Re-scores the current version of every plan with every active framework, on one background
 * thread so that a whole-corpus job never competes with uploads for more than one core.
 *
 * <p>Job state lives in memory only: after a restart the job is gone, and it is simply started
 * again (re-scoring replaces assessments, so a half-finished job leaves nothing inconsistent).
 * Only one job runs at a time; the last {@value #KEPT_JOBS} jobs stay readable.
 */
@Singleton
class RescoreJobs {

    private static final Logger LOG = LoggerFactory.getLogger(RescoreJobs.class);
    private static final int KEPT_JOBS = 20;

    private final PlanService plans;
    private final Assessments assessments;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "rescore");
        thread.setDaemon(true);
        return thread;
    });
    private final Map<String, RescoreJob> jobs = new LinkedHashMap<>() {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, RescoreJob> eldest) {
            return size() > KEPT_JOBS;
        }
    };

    RescoreJobs(PlanService plans, Assessments assessments) {
        this.plans = plans;
        this.assessments = assessments;
    }

    /** Starts a job, or refuses with 409 while one is running. */
    synchronized RescoreStatus start() {
        if (jobs.values().stream().anyMatch(RescoreJob::running)) {
            throw ProblemException.conflict("rescore-running", "A re-scoring job is already running;"
                    + " wait for it to finish.");
        }
        RescoreJob job = new RescoreJob(UUID.randomUUID().toString());
        jobs.put(job.id(), job);
        worker.execute(() -> run(job));
        return job.status();
    }

    synchronized Optional<RescoreStatus> find(String jobId) {
        return Optional.ofNullable(jobs.get(jobId)).map(RescoreJob::status);
    }

    private void run(RescoreJob job) {
        try {
            List<Long> versions = plans.currentVersionIds();
            job.total(versions.size());
            for (long versionId : versions) {
                try {
                    plans.findVersion(versionId).ifPresent(assessments::scoreAndStore);
                    job.scored();
                } catch (RuntimeException e) {
                    job.failed();
                    LOG.warn("Re-scoring version {} failed ({}).", versionId, e.getClass().getName());
                }
            }
            job.finish(RescoreJob.Status.COMPLETED);
            LOG.info("Re-scoring job {} finished: {}", job.id(), job.status());
        } catch (RuntimeException e) {
            job.finish(RescoreJob.Status.FAILED);
            LOG.error("Re-scoring job {} stopped ({}).", job.id(), e.getClass().getName());
        }
    }

    @PreDestroy
    void stop() {
        worker.shutdownNow();
    }
}
