package org.ehcpqa.framework;

import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The frameworks in force. Reads every {@code *.yaml} directly in {@code ehcpqa.framework.dir} at startup and on
 * {@link #reload()}; a valid file becomes active, an invalid one never does and is logged with every violation.
 *
 * <p>Unlike most configuration, a broken framework file does not stop the service: plans still need ingesting and
 * other frameworks still apply. If a file that was valid becomes invalid, the framework keeps its last valid version
 * so that an editing slip does not take it out of use. Every version ever loaded stays retrievable by hash, because
 * stored assessments name the version they were made with.
 */
@Singleton
public class FrameworkRegistry {

    private static final Logger LOG = LoggerFactory.getLogger(FrameworkRegistry.class);

    private final Path dir;
    private final FrameworkLoader loader;
    private final Object reloading = new Object();
    private volatile RegistryState state;

    public FrameworkRegistry(@Value("${ehcpqa.framework.dir:./qa-framework}") Path dir, FrameworkLoader loader) {
        this.dir = dir;
        this.loader = loader;
    }

    /** Loads at startup so that problems appear in the log when the service starts, not at the first request. */
    @EventListener
    void onStartup(StartupEvent event) {
        current();
    }

    /** The active frameworks, by id. */
    public List<QaFramework> active() {
        return List.copyOf(current().active().values());
    }

    public Optional<QaFramework> find(String id) {
        return Optional.ofNullable(current().active().get(id));
    }

    /** Any version loaded since startup, active or not. */
    public Optional<QaFramework> findVersion(String id, String hash) {
        return Optional.ofNullable(current().versions().getOrDefault(id, Map.of()).get(hash));
    }

    /** Every version of a framework loaded since startup, oldest first. */
    public List<QaFramework> versions(String id) {
        return List.copyOf(current().versions().getOrDefault(id, Map.of()).values());
    }

    /** The files that failed validation at the last (re)load. */
    public List<ValidationReport> problems() {
        return current().problems();
    }

    /** Validates an uploaded file without activating it. */
    public ValidationReport validate(String fileName, byte[] yaml) {
        return loader.load(fileName, yaml);
    }

    /** Re-reads the directory; a changed file becomes a new version. Returns a report for every file read. */
    public List<ValidationReport> reload() {
        synchronized (reloading) {
            RegistryState previous = state == null ? RegistryState.empty() : state;
            RegistryState.Builder next = previous.next();
            List<ValidationReport> reports = new ArrayList<>();
            for (Path file : yamlFiles()) {
                ValidationReport report = read(file);
                if (report.valid() && next.hasActive(report.framework().id())) {
                    report = duplicateId(report, next.activeFileOf(report.framework().id()));
                }
                reports.add(report);
                if (report.valid()) {
                    activate(previous, next, report.framework());
                } else {
                    reject(previous, next, report);
                }
            }
            previous.active().values().stream()
                    .filter(framework -> !next.hasFile(framework.file()) && !next.hasActive(framework.id()))
                    .forEach(framework -> LOG.warn("Framework {} is no longer active: its file {} is gone.",
                            framework.id(), framework.file()));
            state = next.build();
            LOG.info("{} quality framework(s) active from {}: {}", state.active().size(), dir,
                    state.active().keySet());
            return List.copyOf(reports);
        }
    }

    private RegistryState current() {
        RegistryState loaded = state;
        if (loaded == null) {
            synchronized (reloading) {
                if (state == null) {
                    reload();
                }
                loaded = state;
            }
        }
        return loaded;
    }

    private List<Path> yamlFiles() {
        if (!Files.isDirectory(dir)) {
            LOG.error("The framework directory {} does not exist, so no quality framework is active."
                    + " Set EHCPQA_FRAMEWORK_DIR or ehcpqa.framework.dir.", dir.toAbsolutePath());
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(file -> file.getFileName().toString().endsWith(".yaml") && Files.isRegularFile(file))
                    .sorted(Comparator.comparing(file -> file.getFileName().toString()))
                    .toList();
        } catch (IOException e) {
            LOG.error("Could not list the framework directory {}: {}", dir.toAbsolutePath(), e.toString());
            return List.of();
        }
    }

    private ValidationReport read(Path file) {
        String name = file.getFileName().toString();
        try {
            return loader.load(name, Files.readAllBytes(file));
        } catch (IOException e) {
            return new ValidationReport(name, "", List.of(new FrameworkViolation(name, 1,
                    "The file could not be read: " + e.getClass().getSimpleName() + ".")), null);
        }
    }

    private static ValidationReport duplicateId(ValidationReport report, String firstFile) {
        return new ValidationReport(report.file(), report.hash(), List.of(new FrameworkViolation(report.file(), 1,
                "The framework id \"" + report.framework().id() + "\" is already used by " + firstFile
                        + "; each framework needs its own id.")), null);
    }

    private static void activate(RegistryState previous, RegistryState.Builder next, QaFramework framework) {
        QaFramework before = previous.active().get(framework.id());
        next.activate(framework);
        if (before == null || !before.hash().equals(framework.hash())) {
            LOG.info("Framework {} version {} (hash {}) is active{}.", framework.id(), framework.version(),
                    framework.hash(), before == null ? "" : ", replacing hash " + before.hash());
        }
        if (before != null && !before.hash().equals(framework.hash()) && before.version().equals(framework.version())) {
            LOG.warn("Framework {} changed but kept the version label {}; the hash tells the versions apart, but"
                    + " people read the label: change it too.", framework.id(), framework.version());
        }
    }

    private static void reject(RegistryState previous, RegistryState.Builder next, ValidationReport report) {
        next.problem(report);
        LOG.error("Framework file {} is invalid and was not activated ({} problem(s)):", report.file(),
                report.violations().size());
        report.violations().forEach(violation -> LOG.error("  {}:{}: {}", violation.file(), violation.line(),
                violation.message()));
        previous.active().values().stream()
                .filter(framework -> framework.file().equals(report.file()) && !next.hasActive(framework.id()))
                .findFirst()
                .ifPresent(kept -> {
                    next.activate(kept);
                    LOG.warn("Framework {} stays at its previous version {} (hash {}) until {} is fixed.",
                            kept.id(), kept.version(), kept.hash(), report.file());
                });
    }
}
