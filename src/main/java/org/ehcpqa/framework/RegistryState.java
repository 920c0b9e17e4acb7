package org.ehcpqa.framework;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One immutable view of the registry, swapped whole on reload so readers never see half a reload.
 *
 * @param active   active frameworks by id, in id order
 * @param versions every version loaded so far: id, then hash, in the order they were first seen
 * @param problems the invalid files of the last reload
 */
record RegistryState(Map<String, QaFramework> active, Map<String, Map<String, QaFramework>> versions,
                     List<ValidationReport> problems) {

    static RegistryState empty() {
        return new RegistryState(Map.of(), Map.of(), List.of());
    }

    Builder next() {
        return new Builder(versions);
    }

    static final class Builder {
        private final Map<String, QaFramework> active = new TreeMap<>();
        private final Map<String, Map<String, QaFramework>> versions = new LinkedHashMap<>();
        private final List<ValidationReport> problems = new ArrayList<>();

        private Builder(Map<String, Map<String, QaFramework>> known) {
            known.forEach((id, byHash) -> versions.put(id, new LinkedHashMap<>(byHash)));
        }

        boolean hasActive(String id) {
            return active.containsKey(id);
        }

        boolean hasFile(String file) {
            return active.values().stream().anyMatch(framework -> framework.file().equals(file))
                    || problems.stream().anyMatch(report -> report.file().equals(file));
        }

        String activeFileOf(String id) {
            return active.get(id).file();
        }

        void activate(QaFramework framework) {
            active.put(framework.id(), framework);
            versions.computeIfAbsent(framework.id(), id -> new LinkedHashMap<>())
                    .putIfAbsent(framework.hash(), framework);
        }

        void problem(ValidationReport report) {
            problems.add(report);
        }

        RegistryState build() {
            Map<String, Map<String, QaFramework>> frozen = new LinkedHashMap<>();
            versions.forEach((id, byHash) -> frozen.put(id, Collections.unmodifiableMap(new LinkedHashMap<>(byHash))));
            return new RegistryState(Collections.unmodifiableMap(new TreeMap<>(active)),
                    Collections.unmodifiableMap(frozen), List.copyOf(problems));
        }
    }
}
