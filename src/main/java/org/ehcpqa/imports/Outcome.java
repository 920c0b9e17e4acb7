package org.ehcpqa.imports;

import io.micronaut.core.annotation.Nullable;

/** What became of one import file, before it is recorded. */
record Outcome(ItemStatus status, @Nullable Long planId, @Nullable String problemType, @Nullable String problem) {

    static Outcome accepted(ItemStatus status, long planId) {
        return new Outcome(status, planId, null, null);
    }

    static Outcome rejected(String problemType, String problem) {
        return new Outcome(ItemStatus.REJECTED, null, problemType, problem);
    }
}
