package org.ehcpqa.report;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import org.ehcpqa.web.ProblemException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;
import org.thymeleaf.templateresolver.FileTemplateResolver;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The report templates: a council's own copies in the template folder ({@code ehcpqa.templates.dir},
 * from {@code EHCPQA_TEMPLATE_DIR}, default {@code ./templates}) win over the ones shipped in the jar
 * ({@code report-templates/} on the classpath), so a council changes a report by editing a file,
 * without rebuilding or restarting the service.
 *
 * <p>Parsed templates are cached; before each render the folder's file names, sizes and
 * modification times are compared with the last look, and any change empties the cache. That is
 * one directory listing per report, far cheaper than parsing, and an edit shows on the next render.
 *
 * <p>Templates run in Thymeleaf's HTML mode, so {@code th:text} escapes what it writes: a plan that
 * quotes {@code <script>} shows the characters, never runs them.
 */
@Singleton
public class ReportTemplates {

    static final String CLASSPATH_FOLDER = "report-templates/";
    static final String STYLESHEET = "report.css";

    private static final Logger LOG = LoggerFactory.getLogger(ReportTemplates.class);
    /** Names only, no paths: a request can never reach a file outside the template folder. */
    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");

    private final Path folder;
    private final TemplateEngine engine;
    private final AtomicReference<String> lastLook = new AtomicReference<>("");

    public ReportTemplates(@Value("${ehcpqa.templates.dir:./templates}") String folder) {
        this.folder = Path.of(folder).toAbsolutePath().normalize();
        this.engine = new TemplateEngine();
        FileTemplateResolver files = new FileTemplateResolver();
        files.setPrefix(this.folder + "/");
        files.setSuffix(".html");
        files.setTemplateMode(TemplateMode.HTML);
        files.setCharacterEncoding(StandardCharsets.UTF_8.name());
        files.setCheckExistence(true);
        files.setCacheable(true);
        files.setOrder(1);
        ClassLoaderTemplateResolver shipped = new ClassLoaderTemplateResolver(ReportTemplates.class.getClassLoader());
        shipped.setPrefix(CLASSPATH_FOLDER);
        shipped.setSuffix(".html");
        shipped.setTemplateMode(TemplateMode.HTML);
        shipped.setCharacterEncoding(StandardCharsets.UTF_8.name());
        shipped.setCheckExistence(true);
        shipped.setCacheable(true);
        shipped.setOrder(2);
        engine.addTemplateResolver(files);
        engine.addTemplateResolver(shipped);
        if (!Files.isDirectory(this.folder)) {
            LOG.info("Template folder {} does not exist; the report templates shipped with the service are used.",
                    this.folder);
        }
    }

    /** The folder a council edits; relative links in templates (a logo) resolve against it. */
    public Path folder() {
        return folder;
    }

    /** Renders a template by name ("audit-report") with the given variables. */
    public String render(String name, Map<String, Object> variables) {
        requireKnown(name);
        forgetIfEdited();
        return engine.process(name, new Context(Locale.UK, variables));
    }

    /** The shared stylesheet, the council's copy when there is one. */
    public String stylesheet() {
        forgetIfEdited();
        Path own = folder.resolve(STYLESHEET);
        try {
            if (Files.isRegularFile(own)) {
                return Files.readString(own, StandardCharsets.UTF_8);
            }
            try (InputStream shipped = ReportTemplates.class.getClassLoader()
                    .getResourceAsStream(CLASSPATH_FOLDER + STYLESHEET)) {
                return shipped == null ? "" : new String(shipped.readAllBytes(), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** True when the folder or the jar has a template of this name. */
    public boolean exists(String name) {
        return NAME.matcher(name).matches() && (Files.isRegularFile(folder.resolve(name + ".html"))
                || ReportTemplates.class.getClassLoader().getResource(CLASSPATH_FOLDER + name + ".html") != null);
    }

    private void requireKnown(String name) {
        if (name == null || !exists(name)) {
            throw new ProblemException(404, "template-not-found", "Template not found",
                    "There is no report template called '" + (name == null ? "" : name.replaceAll("[^A-Za-z0-9._-]", "?"))
                            + "'.");
        }
    }

    private void forgetIfEdited() {
        String look = look();
        String previous = lastLook.getAndSet(look);
        if (!look.equals(previous)) {
            engine.clearTemplateCache();
        }
    }

    private String look() {
        if (!Files.isDirectory(folder)) {
            return "";
        }
        StringBuilder look = new StringBuilder();
        try (Stream<Path> files = Files.list(folder)) {
            files.sorted().forEach(file -> {
                try {
                    look.append(file.getFileName()).append('|').append(Files.size(file)).append('|')
                            .append(Files.getLastModifiedTime(file).toMillis()).append('\n');
                } catch (IOException e) {
                    // a file removed while we listed: the next look differs anyway
                    look.append(file.getFileName()).append("|gone\n");
                }
            });
        } catch (IOException e) {
            return "unreadable";
        }
        return look.toString();
    }
}
