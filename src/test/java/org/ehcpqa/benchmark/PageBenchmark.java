package org.ehcpqa.benchmark;

import io.micronaut.context.ApplicationContext;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.runtime.server.EmbeddedServer;
import org.ehcpqa.audit.AuditHttp;
import org.ehcpqa.ingest.IngestRefusedException;
import org.ehcpqa.ingest.IngestService;
import org.ehcpqa.plan.PlanService;
import org.ehcpqa.report.pack.NewPackItem;
import org.ehcpqa.report.pack.NewTrainingPack;
import org.ehcpqa.report.pack.TrainingPacks;
import org.ehcpqa.search.SearchIndexer;
import org.ehcpqa.synthetic.DocumentFormat;
import org.ehcpqa.synthetic.HouseStyle;
import org.ehcpqa.synthetic.PlanQuality;
import org.ehcpqa.synthetic.SyntheticPlanGenerator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Server render time of every page with many plans loaded (issue floor: under 300 ms). Loads
 * generated TXT plans (every house style and quality, four teams) through IngestService with
 * scoring on, so lists, ratings and flags are real; then requests each page over HTTP on
 * localhost as an administrator (bearer token: no bcrypt per request), after a warm-up, and prints
 * p50 and p95 per page. The moderation page is requested by its moderator, a second QA officer
 * rating blind, and the sign-in page signed out. Not a test; run with the benchmark profile:
 *
 * <pre>./mvnw -B -Pbenchmark test-compile exec:exec -Dbench.main=org.ehcpqa.benchmark.PageBenchmark
 *     -Dbench.args="plans=5000 requests=40 warmup=10"</pre>
 */
public final class PageBenchmark {

    private static final String[] TEAMS = {"North", "South", "East", "West"};
    private static final String MODERATOR = "bench-moderator";

    private final int plans;
    private final int requests;
    private final int warmup;
    private final int threads;
    private final int audits;
    private final String only;
    private final HttpClient http = HttpClient.newHttpClient();

    private PageBenchmark(Map<String, String> options) {
        plans = Integer.parseInt(options.getOrDefault("plans", "5000"));
        requests = Integer.parseInt(options.getOrDefault("requests", "40"));
        warmup = Integer.parseInt(options.getOrDefault("warmup", "10"));
        threads = Integer.parseInt(options.getOrDefault("threads", "2"));
        audits = Integer.parseInt(options.getOrDefault("audits", "2000"));
        only = options.getOrDefault("only", "");
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new HashMap<>();
        for (String arg : args) {
            for (String word : arg.split("\\s+")) {
                int equals = word.indexOf('=');
                if (equals > 0) {
                    options.put(word.substring(0, equals), word.substring(equals + 1));
                }
            }
        }
        new PageBenchmark(options).run();
        System.exit(0);
    }

    private void run() throws Exception {
        Path dataDir = Path.of("target", "bench", "data", System.currentTimeMillis() + "-pages").toAbsolutePath();
        Files.createDirectories(dataDir);
        String password = UUID.randomUUID().toString();
        Map<String, Object> properties = new HashMap<>();
        properties.put("ehcpqa.data-dir", dataDir.toString());
        properties.put("micronaut.server.port", -1);
        properties.put("ehcpqa.admin.password", password);
        properties.put("ehcpqa.import.folder-enabled", false);
        String external = System.getenv("DATASOURCES_DEFAULT_URL");
        if (external != null && !external.isBlank()) {
            properties.put("datasources.default.url", external);
        }
        try (ApplicationContext context = ApplicationContext.run(properties)) {
            EmbeddedServer server = context.getBean(EmbeddedServer.class).start();
            load(context);
            long count = context.getBean(PlanService.class).count();
            URI base = server.getURI();
            String token = token(base, "admin", password);
            // Pages requested by someone else than the administrator; a null token is a signed-out visitor.
            Map<String, String> callers = new HashMap<>();
            List<Long> ids = context.getBean(PlanService.class).currentVersionIds().stream()
                    .map(v -> context.getBean(PlanService.class).findVersion(v).orElseThrow().id()).limit(200).toList();
            Map<String, List<String>> pages = new LinkedHashMap<>();
            pages.put("home (admin: every panel)", List.of("/"));
            pages.put("plans list, page 1", List.of("/plans"));
            pages.put("plans list, page 100", List.of("/plans?page=100"));
            pages.put("plans list, team + phase", List.of("/plans?team=North&phase=SECONDARY"));
            pages.put("plans list, rating filter", List.of("/plans?rating=inadequate", "/plans?rating=good"));
            pages.put("plans list, flag filter", List.of("/plans?flag=vague_provision_wording"));
            pages.put("plans list, unscored", List.of("/plans?status=UNSCORED"));
            pages.put("plan page", ids.stream().map(id -> "/plans/" + id).toList());
            pages.put("upload", List.of("/plans/upload"));
            pages.put("imports", List.of("/imports"));
            pages.put("admin users", List.of("/admin/users"));
            pages.put("admin frameworks", List.of("/admin/frameworks"));
            pages.put("admin framework", List.of("/admin/frameworks/statutory-baseline"));
            pages.put("admin rescore", List.of("/admin/rescore"));
            long event = seedAuditsAndEvent(base, token);
            pages.put("trends (overall, every month)", List.of("/trends"));
            pages.put("trends, one team + period", List.of("/trends?team=North&from=2024-01&to=2024-12"));
            pages.put("trends, every section by quarter", List.of("/trends?section=ALL&period=quarter"));
            pages.put("trends, one caseworker", List.of("/trends?caseworker=Caseworker+7"));
            pages.put("trends, one criterion", List.of("/trends?criterion=F1"));
            pages.put("trends, before/after an event", List.of("/trends?event=" + event));
            pages.put("practice events", List.of("/practice-events"));
            pages.put("practice event (50 sampled audits)", List.of("/practice-events/" + event));
            pages.put("audits (admin's 50 sampled drafts)", List.of("/audits"));
            pages.put("audit workspace", List.of("/audits/" + sampledAudit));
            pages.put("moderation, blind (moderator)", List.of("/audits/" + moderationInProgress(context, base,
                    password) + "/moderation"));
            callers.put("moderation, blind (moderator)", token(base, MODERATOR, password));
            pages.put("sign in (signed out)", List.of("/sign-in"));
            callers.put("sign in (signed out)", null);
            // Search reads the index, which follows the database on a background thread: measure it complete.
            context.getBean(SearchIndexer.class).awaitIdle(Duration.ofMinutes(30));
            pages.put("search, no text (facets of everything)", List.of("/search"));
            pages.put("search, two words", List.of("/search?q=speech+therapy", "/search?q=reading+support"));
            pages.put("search, phrase + facets, anonymised", List.of(
                    "/search?q=%22access+to%22&section=F&phase=primary&anonymise=true"));
            pages.put("search, by date, page 5", List.of("/search?q=support&sort=date&page=5"));
            pages.put("training packs list", List.of("/training-packs"));
            pages.put("training pack of 10 examples", List.of("/training-packs/" + pack(context, ids)));
            pages.put("admin search index", List.of("/admin/search-index"));
            if (!only.isBlank()) {
                pages.keySet().removeIf(name -> Arrays.stream(only.split(",")).noneMatch(name::startsWith));
            }
            System.out.printf(Locale.UK, "%n%d plans stored; %d timed requests per page after %d warm-up%n%n",
                    count, requests, warmup);
            System.out.printf(Locale.UK, "| page | p50 ms | p95 ms | max ms | bytes |%n| --- | ---: | ---: | ---: | ---: |%n");
            for (Map.Entry<String, List<String>> page : pages.entrySet()) {
                String caller = callers.containsKey(page.getKey()) ? callers.get(page.getKey()) : token;
                measure(base, caller, page.getKey(), page.getValue());
            }
        }
    }

    /** A pack of ten examples from different plans: the page anonymises each plan as it renders. */
    private static long pack(ApplicationContext context, List<Long> planIds) {
        TrainingPacks packs = context.getBean(TrainingPacks.class);
        long id = packs.create(new NewTrainingPack("Benchmark pack", null), "admin").id();
        for (long planId : planIds.stream().limit(10).toList()) {
            packs.addItem(id, new NewPackItem(planId, "F", "Good", "Commentary for the benchmark."), "admin");
        }
        return id;
    }

    private void load(ApplicationContext context) throws Exception {
        IngestService ingest = context.getBean(IngestService.class);
        SyntheticPlanGenerator generator = new SyntheticPlanGenerator().withTargetPages(6);
        HouseStyle[] styles = HouseStyle.values();
        PlanQuality[] qualities = PlanQuality.values();
        AtomicInteger next = new AtomicInteger();
        AtomicInteger refused = new AtomicInteger();
        long t0 = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<?>> work = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            work.add(pool.submit(() -> {
                for (int i = next.getAndIncrement(); i < plans; i = next.getAndIncrement()) {
                    var plan = generator.generate(70_000L + i, styles[i % styles.length], DocumentFormat.TXT,
                            qualities[(i / styles.length) % qualities.length]);
                    try {
                        ingest.ingest(plan.content(), plan.fileName(), "bench", TEAMS[i % TEAMS.length],
                                "Caseworker " + (i % 37));
                    } catch (IngestRefusedException e) {
                        refused.incrementAndGet();
                    }
                    if (i % 500 == 0) {
                        System.out.printf(Locale.UK, "  loaded %d plans in %.0f s%n", i,
                                (System.nanoTime() - t0) / 1e9);
                    }
                }
                return null;
            }));
        }
        for (Future<?> future : work) {
            future.get();
        }
        pool.shutdown();
        System.out.printf(Locale.UK, "Loaded %d plans (%d refused) in %.0f s%n", plans, refused.get(),
                (System.nanoTime() - t0) / 1e9);
    }

    /**
     * Final audits for the trend pages, as a council's history imported through the API (36 months, the plans'
     * four teams and 37 caseworkers, overall and section F ratings, criterion F1), then an audit cycle sampling 50
     * of the loaded plans, for the practice event pages. Returns the event's id.
     */
    /** One audit the sampling opened, for the workspace page. */
    private long sampledAudit;
    /** Another, submitted and taken into moderation for the moderation page. */
    private long moderatedAudit;

    private long seedAuditsAndEvent(URI base, String token) throws Exception {
        String[] grades = {"Outstanding", "Good", "Good", "Requires improvement", "Inadequate"};
        String[] needs = {"ASD", "SEMH", "SLCN", "MLD", "SpLD"};
        String[] phases = {"Early years", "Primary", "Secondary", "Post-16"};
        StringBuilder csv = new StringBuilder("Audit date,Overall,Auditor,Team,Caseworker,Need,Phase,Section F,F1\n");
        java.util.Random random = new java.util.Random(42);
        for (int i = 0; i < audits; i++) {
            java.time.LocalDate day = java.time.LocalDate.of(2023, 1, 1).plusDays(random.nextInt(3 * 365));
            csv.append(String.format(Locale.UK, "%02d/%02d/%d,%s,Bench Auditor,%s,Caseworker %d,%s,%s,%s,%s%n",
                    day.getDayOfMonth(), day.getMonthValue(), day.getYear(), grades[random.nextInt(grades.length)],
                    TEAMS[i % TEAMS.length], i % 37, needs[random.nextInt(needs.length)],
                    phases[random.nextInt(phases.length)], grades[random.nextInt(grades.length)],
                    random.nextBoolean() ? "Yes" : "No"));
        }
        String mapping = "{\"framework\":\"statutory-baseline\",\"dateFormat\":\"dd/MM/yyyy\",\"columns\":{"
                + "\"auditedOn\":\"Audit date\",\"overall\":\"Overall\",\"auditor\":\"Auditor\",\"team\":\"Team\","
                + "\"caseworker\":\"Caseworker\",\"primaryNeed\":\"Need\",\"phase\":\"Phase\","
                + "\"sections\":{\"F\":\"Section F\"},\"criteria\":{\"F1\":\"F1\"}},"
                + "\"results\":{\"Yes\":\"MET\",\"No\":\"NOT_MET\"}}";
        String boundary = "bench" + UUID.randomUUID();
        String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"mapping\"\r\n\r\n" + mapping
                + "\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"history.csv\""
                + "\r\nContent-Type: text/csv\r\n\r\n" + csv + "\r\n--" + boundary + "--\r\n";
        long t0 = System.nanoTime();
        HttpResponse<String> imported = http.send(HttpRequest.newBuilder(base.resolve("/api/audits/import"))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        if (imported.statusCode() != 201) {
            throw new IllegalStateException("audit import answered " + imported.statusCode() + ": " + imported.body());
        }
        System.out.printf(Locale.UK, "Imported %d final audits in %.0f s%n", audits, (System.nanoTime() - t0) / 1e9);
        HttpResponse<String> created = post(base, token, "/api/practice-events", "{\"type\":\"AUDIT_CYCLE\","
                + "\"date\":\"2024-06-15\",\"title\":\"Bench audit cycle\",\"teams\":[\"North\",\"South\"]}");
        long event = Long.parseLong(created.body().replaceAll("^\\{\"id\"\\s*:\\s*(\\d+).*", "$1"));
        HttpResponse<String> sampled = post(base, token, "/api/practice-events/" + event + "/sample",
                "{\"from\":\"1900-01-01\",\"to\":\"2100-12-31\",\"count\":50,\"stratifyBy\":\"TEAM\","
                        + "\"auditors\":[\"admin\"]}");
        if (sampled.statusCode() != 201) {
            throw new IllegalStateException("sampling answered " + sampled.statusCode() + ": " + sampled.body());
        }
        java.util.regex.Matcher audit = java.util.regex.Pattern.compile("\"auditId\"\\s*:\\s*(\\d+)").matcher(sampled.body());
        sampledAudit = audit.find() ? Long.parseLong(audit.group(1)) : -1;
        moderatedAudit = audit.find() ? Long.parseLong(audit.group(1)) : -1;
        return event;
    }

    /**
     * The administrator rates and submits the second sampled audit (every criterion met) and a second QA officer
     * starts its moderation, so the moderation page shows a moderator rating blind. Returns the audit's id.
     */
    private long moderationInProgress(ApplicationContext context, URI base, String password) {
        JsonMapper mapper = context.getBean(JsonMapper.class);
        AuditHttp admin = new AuditHttp(base, "admin", password);
        expect(admin.post("/api/users", "{\"username\":\"" + MODERATOR + "\",\"password\":\"" + password
                + "\",\"displayName\":\"Bench Moderator\",\"roles\":[\"QA_OFFICER\"]}"), 201);
        String path = "/api/audits/" + moderatedAudit;
        JsonNode audit = json(mapper, expect(admin.get(path), 200));
        JsonNode rated = json(mapper, expect(admin.put(path + "/criteria", AuditHttp.ratings(audit, null),
                audit.get("version").getIntValue()), 200));
        JsonNode submitted = json(mapper, expect(admin.post(path + "/submit", "{}", rated.get("version").getIntValue()),
                200));
        expect(new AuditHttp(base, MODERATOR, password).post(path + "/moderation", "{}",
                submitted.get("version").getIntValue()), 201);
        return moderatedAudit;
    }

    private static HttpResponse<String> expect(HttpResponse<String> response, int status) {
        if (response.statusCode() != status) {
            throw new IllegalStateException(response.uri() + " answered " + response.statusCode() + ": "
                    + response.body());
        }
        return response;
    }

    private static JsonNode json(JsonMapper mapper, HttpResponse<String> response) {
        try {
            return mapper.readValue(response.body(), JsonNode.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private HttpResponse<String> post(URI base, String token, String path, String json) throws Exception {
        return http.send(HttpRequest.newBuilder(base.resolve(path)).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private String token(URI base, String username, String password) throws Exception {
        HttpResponse<String> login = http.send(HttpRequest.newBuilder(base.resolve("/api/login"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"" + username + "\",\"password\":\""
                        + password + "\"}"))
                .build(), HttpResponse.BodyHandlers.ofString());
        return login.body().replaceAll(".*\"access_token\"\\s*:\\s*\"([^\"]+)\".*", "$1");
    }

    /** Times one page; {@code token} null requests it signed out. */
    private void measure(URI base, @Nullable String token, String name, List<String> paths) throws Exception {
        long[] times = new long[requests];
        long bytes = 0;
        for (int i = -warmup; i < requests; i++) {
            String path = paths.get(Math.floorMod(i, paths.size()));
            HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).GET();
            if (token != null) {
                request.header("Authorization", "Bearer " + token);
            }
            long t0 = System.nanoTime();
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            long elapsed = System.nanoTime() - t0;
            if (response.statusCode() != 200) {
                throw new IllegalStateException(path + " answered " + response.statusCode());
            }
            if (i >= 0) {
                times[i] = elapsed;
                bytes = response.body().length();
            }
        }
        Arrays.sort(times);
        System.out.printf(Locale.UK, "| %s | %.1f | %.1f | %.1f | %d |%n", name, percentile(times, 50),
                percentile(times, 95), times[times.length - 1] / 1e6, bytes);
    }

    private static double percentile(long[] sorted, int p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1e6;
    }
}
