package org.ehcpqa.framework;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Collects violations for one file so that every problem is reported at once, in file order. */
final class Violations {

    private final String file;
    private final List<FrameworkViolation> found = new ArrayList<>();

    Violations(String file) {
        this.file = file;
    }

    void add(int line, String message) {
        found.add(new FrameworkViolation(file, line, message));
    }

    boolean isEmpty() {
        return found.isEmpty();
    }

    /** Sorted by line; the sort is stable, so problems on one line keep the order they were found in. */
    List<FrameworkViolation> inFileOrder() {
        return found.stream().sorted(Comparator.comparingInt(FrameworkViolation::line)).toList();
    }
}
