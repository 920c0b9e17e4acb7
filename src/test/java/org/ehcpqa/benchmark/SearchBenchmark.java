package org.ehcpqa.benchmark;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import org.ehcpqa.plan.PlanSection;
import org.ehcpqa.plan.PlanStatus;
import org.ehcpqa.plan.PlanView;
import org.ehcpqa.plan.SectionCode;
import org.ehcpqa.privacy.AnonymisedPlan;
import org.ehcpqa.search.IndexablePlan;
import org.ehcpqa.search.SearchRequest;
import org.ehcpqa.search.SearchService;
import org.ehcpqa.search.SectionIndex;
import org.ehcpqa.support.TestDatabase;
import org.ehcpqa.synthetic.ComposedPlans;
import org.ehcpqa.synthetic.PlanQuality;
import org.ehcpqa.synthetic.PlanTruth;
import org.ehcpqa.system.DataDirectory;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * The search benchmark of issue 4 (see docs/benchmarks.md, "Search"):
 * {@code ./mvnw -B -Pbenchmark test-compile exec:exec -Dbench.main=org.ehcpqa.benchmark.SearchBenchmark
 * -Dbench.args=plans=100000 -Dbench.jvm=-Xmx2g}. Arguments are key=value words separated by commas:
 * plans (default 10000), queries per kind (200), users (8), threads to build with (2), http (true).
 *
 * <p>Plans are composed in memory (no files, no ingest), indexed through the service's own
 * {@link SectionIndex}, then the same queries are timed in process (the service's SearchService:
 * parse, search, facets and highlighted top 10; and bare Lucene top 10 without facets or
 * highlighting) and through HTTP against the running service serving that index.
 */
public final class SearchBenchmark {

    private static final List<String> TERMS = List.of("therapist", "anxious", "phonics", "physiotherapist", "counsellor",
            "dinosaurs", "handwriting", "regulation", "stairs", "laptop");
    private static final List<String> PHRASES = List.of("\"speech and language therapist\"", "\"visual timetable\"",
            "\"access to\"", "\"movement break\"", "\"sensory diet\"", "\"working memory\"");

    private SearchBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = options(args.length == 0 ? "-" : args[0]);
        int plans = Integer.parseInt(options.getOrDefault("plans", "10000"));
        int queries = Integer.parseInt(options.getOrDefault("queries", "200"));
        int users = Integer.parseInt(options.getOrDefault("users", "8"));
        int threads = Integer.parseInt(options.getOrDefault("threads", "2"));
        boolean http = Boolean.parseBoolean(options.getOrDefault("http", "true"));
        Path data = Files.createTempDirectory("ehcpqa-search-bench");
        System.out.printf("Search benchmark: %d plans, %d queries per kind, %d concurrent users, data in %s%n",
                plans, queries, users, data);

        SectionIndex index = new SectionIndex(new DataDirectory(data.toString()), 256);
        long started = System.nanoTime();
        AtomicLong composeNanos = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<?>> work = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int first = t;
            work.add(pool.submit(() -> {
                for (int i = first; i < plans; i += threads) {
                    long c = System.nanoTime();
                    PlanTruth truth = ComposedPlans.truth(5_000_000L + i);
                    composeNanos.addAndGet(System.nanoTime() - c);
                    index.replace(indexable(i + 1, truth));
                    if ((i + 1) % 10_000 == 0) {
                        System.out.printf("  %d plans indexed, %.0f s%n", i + 1, (System.nanoTime() - started) / 1e9);
                    }
                }
            }));
        }
        for (Future<?> f : work) {
            f.get();
        }
        pool.shutdown();
        index.commitAndRefresh();
        double buildSeconds = (System.nanoTime() - started) / 1e9;
        int docs = index.documentCount();
        long bytes = size(data.resolve("index"));
        System.out.printf("Build: %d plans, %d section documents in %.1f s (%.0f docs/s; composing the plans took %.1f"
                        + " thread-s of it); index %.1f MB (%.0f bytes per document)%n", plans, docs, buildSeconds,
                docs / buildSeconds, composeNanos.get() / 1e9, bytes / 1e6, (double) bytes / docs);

        SearchService search = new SearchService(index);
        Map<String, List<SearchRequest>> kinds = kinds(queries);
        for (List<SearchRequest> warm : kinds.values()) {
            warm.forEach(search::search);
        }
        Map<String, double[]> inProcess = new HashMap<>();
        System.out.println("In process (SearchService: parse, search, facets, highlighted top 10), ms:");
        for (var kind : kinds.entrySet()) {
            double[] single = time(kind.getValue(), 1, request -> search.search(request));
            double[] concurrent = time(kind.getValue(), users, request -> search.search(request));
            inProcess.put(kind.getKey(), single);
            report(kind.getKey(), single, concurrent, users);
        }
        System.out.println("Bare Lucene (top 10 hits, no facets, no highlighting), ms:");
        for (var kind : kinds.entrySet()) {
            Function<SearchRequest, Object> bare = request -> index.read(s -> s.search(search.query(request), 10));
            report(kind.getKey(), time(kind.getValue(), 1, bare), time(kind.getValue(), users, bare), users);
        }
        index.close();

        if (http) {
            Map<String, Object> properties = new HashMap<>(TestDatabase.properties());
            properties.put("ehcpqa.data-dir", data.toString());
            properties.put("ehcpqa.admin.username", "bench");
            properties.put("ehcpqa.admin.password", "bench-password-long");
            properties.put("ehcpqa.search.drift-check", "false");
            properties.put("micronaut.server.port", "-1");
            try (EmbeddedServer server = ApplicationContext.run(EmbeddedServer.class, properties)) {
                HttpClient client = HttpClient.newHttpClient();
                String token = token(client, server.getURI());
                Function<SearchRequest, Object> viaHttp = request -> get(client, server.getURI(), token, request);
                for (List<SearchRequest> warm : kinds.values()) {
                    warm.forEach(viaHttp::apply);
                }
                System.out.println("HTTP (GET /api/search, bearer token, same queries), ms:");
                for (var kind : kinds.entrySet()) {
                    double[] single = time(kind.getValue(), 1, viaHttp);
                    double[] concurrent = time(kind.getValue(), users, viaHttp);
                    report(kind.getKey(), single, concurrent, users);
                    System.out.printf("    HTTP p99 / in-process p99 (single user): %.2f%n",
                            single[1] / inProcess.get(kind.getKey())[1]);
                }
            }
        }
        System.exit(0);
    }

    private static Map<String, List<SearchRequest>> kinds(int n) {
        Map<String, List<SearchRequest>> kinds = new java.util.LinkedHashMap<>();
        kinds.put("term", requests(n, i -> request(TERMS.get(i % TERMS.size()), Map.of())));
        kinds.put("phrase", requests(n, i -> request(PHRASES.get(i % PHRASES.size()), Map.of())));
        kinds.put("boolean+facet filter", requests(n, i -> request("therapist AND (week OR weekly) NOT counsellor",
                Map.of("section", List.of("F"), "need", List.of(List.of("ASD", "SLCN", "SEMH").get(i % 3))))));
        kinds.put("flag filter", requests(n, i -> request(i % 2 == 0 ? null : "provision",
                Map.of("flag", List.of(i % 4 < 2 ? "unquantified_provision" : "outcome_not_time_bound")))));
        kinds.put("highlighted top 10", requests(n, i -> request(
                TERMS.get(i % TERMS.size()) + " " + PHRASES.get(i % PHRASES.size()).replace("\"", ""), Map.of())));
        return kinds;
    }

    private static List<SearchRequest> requests(int n, java.util.function.IntFunction<SearchRequest> make) {
        List<SearchRequest> list = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            list.add(make.apply(i));
        }
        return list;
    }

    private static SearchRequest request(String q, Map<String, List<String>> filters) {
        return new SearchRequest(q, filters, null, null, SearchRequest.Order.RELEVANCE, 1, 10, false);
    }

    /** p50 and p99 in ms over all requests, run by this many users at once. */
    private static double[] time(List<SearchRequest> requests, int users, Function<SearchRequest, Object> run)
            throws Exception {
        List<Double> millis = java.util.Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(users);
        List<Future<?>> futures = new ArrayList<>();
        for (int u = 0; u < users; u++) {
            int user = u;
            futures.add(pool.submit(() -> {
                for (int i = 0; i < requests.size(); i++) {
                    SearchRequest request = requests.get((i + user * 7) % requests.size());
                    long t = System.nanoTime();
                    run.apply(request);
                    millis.add((System.nanoTime() - t) / 1e6);
                }
            }));
        }
        for (Future<?> f : futures) {
            f.get();
        }
        pool.shutdown();
        double[] sorted = millis.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return new double[] {sorted[(int) (sorted.length * 0.50)], sorted[Math.min(sorted.length - 1, (int) (sorted.length * 0.99))]};
    }

    private static void report(String kind, double[] single, double[] concurrent, int users) {
        System.out.printf("  %-22s single user p50 %6.2f p99 %6.2f | %d users p50 %6.2f p99 %6.2f%n", kind, single[0],
                single[1], users, concurrent[0], concurrent[1]);
    }

    private static String token(HttpClient client, URI base) throws IOException, InterruptedException {
        HttpResponse<String> login = client.send(HttpRequest.newBuilder(base.resolve("/api/login"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"bench\",\"password\":\"bench-password-long\"}"))
                .build(), HttpResponse.BodyHandlers.ofString());
        return login.body().replaceAll(".*\"access_token\"\\s*:\\s*\"([^\"]+)\".*", "$1");
    }

    private static Object get(HttpClient client, URI base, String token, SearchRequest request) {
        StringBuilder query = new StringBuilder("/api/search?size=10");
        if (request.q() != null) {
            query.append("&q=").append(URLEncoder.encode(request.q(), StandardCharsets.UTF_8));
        }
        request.filters().forEach((field, values) -> query.append('&').append(field).append('=')
                .append(URLEncoder.encode(String.join(",", values), StandardCharsets.UTF_8)));
        try {
            HttpResponse<String> response = client.send(HttpRequest.newBuilder(base.resolve(query.toString()))
                    .header("Authorization", "Bearer " + token).GET().build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("HTTP " + response.statusCode());
            }
            return response.body();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The plan with its child's names replaced, and the flags a weak plan gets, so every field is filled. */
    private static IndexablePlan indexable(long id, PlanTruth truth) {
        List<PlanSection> sections = truth.sections().stream()
                .map(s -> new PlanSection(s.code(), s.title(), s.text(), 1)).toList();
        PlanView view = new PlanView(id, id, 1, PlanStatus.PROCESSED, "plan-" + id + ".txt", "", "text/plain", 1,
                truth.metadata(), sections, List.of(), "team-" + id % 12, null, null);
        List<String> names = truth.personal().childNames();
        AnonymisedPlan.TextRewriter rewriter = text -> {
            String out = text;
            for (String name : names) {
                out = out.replace(name, "Child A");
            }
            return out;
        };
        Map<SectionCode, String> anonymised = new EnumMap<>(SectionCode.class);
        sections.forEach(s -> anonymised.putIfAbsent(s.code(), rewriter.rewrite(s.text())));
        Map<SectionCode, Set<String>> flags = new EnumMap<>(SectionCode.class);
        Map<SectionCode, String> ratings = new EnumMap<>(SectionCode.class);
        boolean weak = truth.quality() != PlanQuality.STRONG;
        if (weak) {
            flags.put(SectionCode.F, Set.of("unquantified_provision", "vague_provision_wording"));
            flags.put(SectionCode.E, Set.of("outcome_not_time_bound"));
        }
        for (SectionCode code : SectionCode.values()) {
            ratings.put(code, weak ? "requires_improvement" : "good");
        }
        return new IndexablePlan(view, new AnonymisedPlan(id, id, anonymised, rewriter), ratings, Map.of(), flags, Set.of());
    }

    private static Map<String, String> options(String arg) {
        Map<String, String> options = new HashMap<>();
        if (arg == null || arg.equals("-")) {
            return options;
        }
        for (String word : arg.split("[,\\s]+")) {
            String[] kv = word.split("=", 2);
            if (kv.length == 2) {
                options.put(kv[0], kv[1]);
            }
        }
        return options;
    }

    private static long size(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
    }

    @SuppressWarnings("unused")
    private static String describe(double[] values) {
        return Arrays.toString(values);
    }
}
