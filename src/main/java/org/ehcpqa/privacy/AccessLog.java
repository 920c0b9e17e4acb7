package org.ehcpqa.privacy;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.util.List;

/**
 * Who opened which plan's text or original, and when. Plans hold special-category data about
 * children, so every opening is recorded (UK GDPR accountability).
 */
@Singleton
public class AccessLog {

    private final AccessLogRepository repository;

    AccessLog(AccessLogRepository repository) {
        this.repository = repository;
    }

    @Transactional
    public void record(String username, long planId, @Nullable Long versionId, AccessAction action) {
        repository.save(new AccessLogRow(null, username, planId, versionId, action.name(), null));
    }

    @Transactional
    public List<AccessEntry> forPlan(long planId) {
        return repository.findByPlanIdOrderByIdDesc(planId).stream()
                .map(row -> new AccessEntry(row.username(), row.planId(), row.versionId(),
                        AccessAction.valueOf(row.action()), row.at()))
                .toList();
    }
}
