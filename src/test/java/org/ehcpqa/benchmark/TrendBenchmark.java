package org.ehcpqa.benchmark;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import org.ehcpqa.framework.CriterionScore;
import org.ehcpqa.framework.FrameworkRegistry;
import org.ehcpqa.framework.QaFramework;
import org.ehcpqa.framework.RatingCalculator;
import org.ehcpqa.framework.RatingResult;
import org.ehcpqa.framework.SectionResult;
import org.ehcpqa.system.DataDirectory;
import org.ehcpqa.system.EmbeddedMariaDb;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Date;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Trend queries at council scale: bulk-loads final audits (default 20,000 audits x 50 criterion ratings = 1,000,000
 * ratings, with their section ratings and 20,000 plans) into a fresh database through JDBC batches, rebuilds the
 * trend counts through the API, then times every trend query through HTTP (p50/p95/p99 over sequential requests,
 * after a warm-up). For scale it also times the same criterion distribution grouped straight from the million
 * ratings, in the same run.
 *
 * <p>Arguments, as key=value words in one argument ("-" for the defaults): audits=20000, criteria=50 (per audit,
 * on a generated 50-criterion framework), requests=200, warmup=30, seed=20260101, database=jdbc:mariadb://
 * 127.0.0.1:3306/ehcpqa_trendbench (dropped and created) or "embedded", reuse=true to time the queries again on
 * the data a previous run left in that database (external database only).
 * <pre>
 * ./mvnw -B -Pbenchmark test-compile exec:exec -Dbench.main=org.ehcpqa.benchmark.TrendBenchmark -Dbench.args="audits=20000"
 * </pre>
 */
public final class TrendBenchmark {

    private static final String[] TEAMS = {"North", "South", "East", "West", "Central", "Post-16", "Early Years",
            "Specialist"};
    private static final String[] NEEDS = {"ASD", "SLCN", "SEMH", "MLD", "SLD", "PD", "SPLD", "HI", "PMLD", "OTH", "VI",
            "MSI", "DS"};
    private static final double[] NEED_SHARES = {31.5, 21.3, 20.7, 10.6, 3.9, 3.9, 2.4, 1.4, 1.3, 1.2, 0.8, 0.3, 0.2};
    private static final String[] PHASES = {"EARLY_YEARS", "PRIMARY", "SECONDARY", "POST_16"};
    private static final int CASEWORKERS_PER_TEAM = 15;
    private static final int MONTHS = 36;
    private static final LocalDate FIRST_MONTH = LocalDate.of(2023, 1, 1);
    private static final String PASSWORD = "trend-bench-password";
    private static final int BATCH = 5000;

    private final Map<String, String> options;
    private final int audits;
    private final int criteriaPerAudit;
    private final int requests;
    private final int warmup;
    private final long seed;
    private final String database;
    private final boolean reuse;
    private final Path dir = Path.of("target/bench").toAbsolutePath();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private TrendBenchmark(Map<String, String> options) {
        this.options = options;
        audits = Integer.parseInt(options.getOrDefault("audits", "20000"));
        criteriaPerAudit = Integer.parseInt(options.getOrDefault("criteria", "50"));
        requests = Integer.parseInt(options.getOrDefault("requests", "200"));
        warmup = Integer.parseInt(options.getOrDefault("warmup", "30"));
        seed = Long.parseLong(options.getOrDefault("seed", "20260101"));
        database = options.getOrDefault("database", "jdbc:mariadb://127.0.0.1:3306/ehcpqa_trendbench");
        reuse = Boolean.parseBoolean(options.getOrDefault("reuse", "false"));
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new LinkedHashMap<>();
        for (String arg : args) {
            for (String word : arg.trim().split("\\s+")) {
                int eq = word.indexOf('=');
                if (eq > 0) {
                    options.put(word.substring(0, eq), word.substring(eq + 1));
                }
            }
        }
        new TrendBenchmark(options).run();
        System.exit(0);
    }

    private void run() throws Exception {
        System.out.printf(Locale.UK, "Trend benchmark, started %s; options %s%n", Instant.now(), options);
        System.out.printf(Locale.UK, "Machine: %d cores, load average at start %s; JDK %s; max heap %d MB%n",
                Runtime.getRuntime().availableProcessors(), loadAverage(), System.getProperty("java.version"),
                Runtime.getRuntime().maxMemory() >> 20);
        Files.createDirectories(dir);
        Path frameworks = dir.resolve("trend-frameworks");
        Files.createDirectories(frameworks);
        Files.writeString(frameworks.resolve("trend-bench.yaml"), frameworkYaml(criteriaPerAudit));
        // The scorer's lexicons live beside the frameworks; copied so the service starts as it does in production.
        Path lexicons = frameworks.resolve("lexicons");
        Files.createDirectories(lexicons);
        try (var files = Files.list(Path.of("qa-framework", "lexicons"))) {
            for (Path file : files.toList()) {
                Files.copy(file, lexicons.resolve(file.getFileName().toString()),
                        java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
        }
        String url = databaseUrl();
        Map<String, Object> properties = new HashMap<>();
        properties.put("datasources.default.url", url);
        properties.put("datasources.default.username", "root");
        properties.put("datasources.default.password", "");
        properties.put("ehcpqa.data-dir", Files.createDirectories(dir.resolve("trend-data-" + System.currentTimeMillis()))
                .toString());
        properties.put("ehcpqa.framework.dir", frameworks.toString());
        properties.put("ehcpqa.admin.username", "admin");
        properties.put("ehcpqa.admin.password", PASSWORD);
        properties.put("ehcpqa.import.folder-enabled", "false");
        properties.put("micronaut.server.port", -1);
        try (ApplicationContext context = ApplicationContext.run(EmbeddedServer.class, properties).getApplicationContext()) {
            EmbeddedServer server = context.getBean(EmbeddedServer.class);
            QaFramework framework = context.getBean(FrameworkRegistry.class).find("trend-bench").orElseThrow();
            RatingCalculator calculator = context.getBean(RatingCalculator.class);
            String token = login(server.getURI());
            if (reuse) {
                System.out.println("Reusing the audits and trend counts already in " + url);
            } else {
                long t0 = System.nanoTime();
                long ratings;
                try (Connection connection = DriverManager.getConnection(url, "root", "")) {
                    ratings = load(connection, framework, calculator);
                }
                double loadSeconds = (System.nanoTime() - t0) / 1e9;
                System.out.printf(Locale.UK, "Loaded %,d audits, %,d criterion ratings, %,d section ratings and %,d"
                                + " plans in %.1f s (%,.0f criterion ratings/s)%n", audits, ratings, audits * 13L,
                        audits, loadSeconds, ratings / loadSeconds);
                long r0 = System.nanoTime();
                HttpResponse<String> rebuilt = send(server.getURI(), token, "POST", "/api/trends/rebuild");
                System.out.printf(Locale.UK, "Rebuilt the trend counts through the API in %.1f s: %s%n",
                        (System.nanoTime() - r0) / 1e9, rebuilt.body());
            }
            try (Connection connection = DriverManager.getConnection(url, "root", "")) {
                rawGroupBy(connection);
            }
            measure(server.getURI(), token);
        }
    }

    private String databaseUrl() throws Exception {
        if (reuse) {
            return database;
        }
        if ("embedded".equals(database)) {
            DataDirectory folder = new DataDirectory(Files.createDirectories(dir.resolve("trend-db")).toString());
            return new EmbeddedMariaDb(folder).jdbcUrl();
        }
        Matcher m = Pattern.compile("(jdbc:mariadb://[^/]+/)([A-Za-z0-9_]+)(.*)").matcher(database);
        if (!m.matches()) {
            throw new IllegalArgumentException("database must be jdbc:mariadb://host:port/name or embedded");
        }
        try (Connection c = DriverManager.getConnection(m.group(1), "root", ""); Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + m.group(2));
            s.execute("CREATE DATABASE " + m.group(2) + " CHARACTER SET utf8mb4");
        }
        return database;
    }

    /** A generated framework with the statutory scale and bands and {@code criteria} criteria over A to K. */
    static String frameworkYaml(int criteria) {
        String[] codes = {"A", "B", "C", "D", "E", "F", "G", "H1", "H2", "I", "J", "K"};
        int[] weights = {8, 12, 5, 5, 15, 25, 6, 3, 3, 4, 2, 12};
        StringBuilder yaml = new StringBuilder("""
                id: trend-bench
                version: "bench-1"
                title: Generated framework for the trend benchmark
                sources:
                  - title: SEND Code of Practice 2015
                    citation: paragraph 9.69
                scale:
                  levels:
                    - {id: outstanding, label: Outstanding, band: [85, 100]}
                    - {id: good, label: Good, band: [65, 85]}
                    - {id: requires-improvement, label: Requires improvement, band: [40, 65]}
                    - {id: inadequate, label: Inadequate, band: [0, 40]}
                sections:
                """);
        for (int i = 0; i < codes.length; i++) {
            yaml.append("  - {code: ").append(codes[i]).append(", weight: ").append(weights[i]).append("}\n");
        }
        yaml.append("criteria:\n");
        int[] perSection = new int[codes.length];
        for (int i = 0; i < criteria; i++) {
            perSection[i % codes.length]++;
        }
        for (int s = 0; s < codes.length; s++) {
            int n = perSection[s];
            for (int c = 0; c < n; c++) {
                int weight = c < n - 1 ? 100 / n : 100 - (100 / n) * (n - 1);
                yaml.append("  - id: ").append(codes[s]).append(c + 1).append('\n')
                        .append("    section: ").append(codes[s]).append('\n')
                        .append("    text: Generated criterion ").append(c + 1).append(" of section ").append(codes[s])
                        .append(".\n")
                        .append("    weight: ").append(weight).append('\n')
                        .append("    citation: SEND Code of Practice 9.69\n");
            }
        }
        return yaml.toString();
    }

    /** Everything in batches of {@value #BATCH} rows, one transaction per batch. Returns the criterion ratings. */
    private long load(Connection connection, QaFramework framework, RatingCalculator calculator) throws Exception {
        connection.setAutoCommit(false);
        Random random = new Random(seed);
        long ratings = 0;
        try (PreparedStatement original = connection.prepareStatement("INSERT INTO original_file (sha256, size_bytes,"
                + " media_type) VALUES (?, 1000, 'text/plain')");
             PreparedStatement plan = connection.prepareStatement("INSERT INTO plan (id, team, caseworker,"
                     + " current_version_id) VALUES (?, ?, ?, NULL)");
             PreparedStatement version = connection.prepareStatement("INSERT INTO plan_version (id, plan_id,"
                     + " version_number, sha256, file_name, media_type, status, page_count, issue_date, primary_need,"
                     + " school_year, age_at_issue, warnings, ingested_by) VALUES (?, ?, 1, ?, 'plan.txt',"
                     + " 'text/plain', 'PROCESSED', 20, ?, ?, ?, ?, '[]', 'bench')");
             PreparedStatement audit = connection.prepareStatement("INSERT INTO audit (id, plan_id, version_id,"
                     + " framework_id, framework_hash, framework_version, status, origin, auditor, team, caseworker,"
                     + " primary_need, phase, issue_date, audited_on, created_by, submitted_at, finalised_at)"
                     + " VALUES (?, ?, ?, ?, ?, ?, 'FINAL', 'IMPORTED', ?, ?, ?, ?, ?, ?, ?, 'bench', ?, ?)");
             PreparedStatement section = connection.prepareStatement("INSERT INTO audit_section (audit_id, rater,"
                     + " section, derived_rating, derived_score) VALUES (?, 'AUDITOR', ?, ?, ?)");
             PreparedStatement criterion = connection.prepareStatement("INSERT INTO audit_criterion (audit_id, rater,"
                     + " criterion_id, section, position, suggested_result, result) VALUES (?, 'AUDITOR', ?, ?, ?, ?, ?)")) {
            for (int i = 1; i <= audits; i++) {
                int teamIndex = random.nextInt(TEAMS.length);
                String team = TEAMS[teamIndex];
                String caseworker = "Caseworker " + team + " " + (1 + random.nextInt(CASEWORKERS_PER_TEAM));
                String need = need(random);
                String phase = PHASES[random.nextInt(PHASES.length)];
                int month = random.nextInt(MONTHS);
                LocalDate audited = FIRST_MONTH.plusMonths(month).plusDays(random.nextInt(28));
                LocalDate issued = audited.minusDays(30 + random.nextInt(400));
                String sha = String.format("%064x", i);
                original.setString(1, sha);
                original.addBatch();
                plan.setLong(1, i);
                plan.setString(2, team);
                plan.setString(3, caseworker);
                plan.addBatch();
                version.setLong(1, i);
                version.setLong(2, i);
                version.setString(3, sha);
                version.setDate(4, Date.valueOf(issued));
                version.setString(5, need);
                version.setString(6, "Year " + (1 + random.nextInt(11)));
                version.setInt(7, 5 + random.nextInt(11));
                version.addBatch();
                // Quality varies by team and improves over the three years, so the trends have something to show.
                double met = 0.45 + 0.04 * teamIndex + 0.006 * month;
                Map<String, CriterionScore> scores = new HashMap<>();
                int position = 0;
                for (var c : framework.criteria()) {
                    double roll = random.nextDouble();
                    String result = roll < 0.05 ? "NOT_APPLICABLE" : roll < 0.05 + met * 0.95 ? "MET"
                            : roll < 0.05 + (met + (1 - met) / 2) * 0.95 ? "PARTLY_MET" : "NOT_MET";
                    String suggested = random.nextDouble() < 0.8 ? result : "PARTLY_MET";
                    scores.put(c.id(), switch (result) {
                        case "MET" -> CriterionScore.of(100);
                        case "PARTLY_MET" -> CriterionScore.of(50);
                        case "NOT_MET" -> CriterionScore.of(0);
                        default -> CriterionScore.notApplicable();
                    });
                    criterion.setLong(1, i);
                    criterion.setString(2, c.id());
                    criterion.setString(3, c.section().name());
                    criterion.setInt(4, position++);
                    criterion.setString(5, suggested);
                    criterion.setString(6, result);
                    criterion.addBatch();
                    ratings++;
                }
                RatingResult rating = calculator.rate(framework, scores);
                for (SectionResult s : rating.sections()) {
                    addSection(section, i, s.section().name(), s.rating() == null ? null : s.rating().id(), s.score());
                }
                addSection(section, i, "OVERALL", rating.overall() == null ? null : rating.overall().id(),
                        rating.overallScore());
                audit.setLong(1, i);
                audit.setLong(2, i);
                audit.setLong(3, i);
                audit.setString(4, framework.id());
                audit.setString(5, framework.hash());
                audit.setString(6, framework.version());
                audit.setString(7, "auditor" + random.nextInt(12));
                audit.setString(8, team);
                audit.setString(9, caseworker);
                audit.setString(10, need);
                audit.setString(11, phase);
                audit.setDate(12, Date.valueOf(issued));
                audit.setDate(13, Date.valueOf(audited));
                audit.setTimestamp(14, Timestamp.valueOf(audited.atTime(10, 0)));
                audit.setTimestamp(15, Timestamp.valueOf(audited.atTime(16, 0)));
                audit.addBatch();
                if (i % BATCH == 0 || i == audits) {
                    original.executeBatch();
                    plan.executeBatch();
                    version.executeBatch();
                    audit.executeBatch();
                    section.executeBatch();
                    criterion.executeBatch();
                    connection.commit();
                }
            }
        }
        try (Statement statement = connection.createStatement()) {
            statement.executeUpdate("UPDATE plan SET current_version_id = id WHERE id <= " + audits);
            connection.commit();
        }
        connection.setAutoCommit(true);
        return ratings;
    }

    private static void addSection(PreparedStatement section, long audit, String code, String rating, Double score)
            throws Exception {
        section.setLong(1, audit);
        section.setString(2, code);
        section.setString(3, rating);
        if (score == null) {
            section.setNull(4, java.sql.Types.DOUBLE);
        } else {
            section.setDouble(4, score);
        }
        section.addBatch();
    }

    private static String need(Random random) {
        double roll = random.nextDouble() * 100;
        for (int i = 0; i < NEEDS.length; i++) {
            roll -= NEED_SHARES[i];
            if (roll <= 0) {
                return NEEDS[i];
            }
        }
        return NEEDS[0];
    }

    /** The criterion distribution per quarter grouped from the raw ratings: what a query without the counts costs. */
    private void rawGroupBy(Connection connection) throws Exception {
        String sql = "SELECT CONCAT(YEAR(a.audited_on), '-Q', QUARTER(a.audited_on)), c.criterion_id, c.result,"
                + " COUNT(*) FROM audit a JOIN audit_criterion c ON c.audit_id = a.id AND c.rater = 'AUDITOR'"
                + " WHERE a.framework_id = 'trend-bench' AND a.status = 'FINAL' GROUP BY 1, 2, 3";
        List<Double> times = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            long t0 = System.nanoTime();
            try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
                while (rs.next()) {
                    rs.getLong(4);
                }
            }
            times.add((System.nanoTime() - t0) / 1e6);
        }
        times.sort(Double::compare);
        System.out.printf(Locale.UK, "Same criterion distribution grouped from the raw ratings over JDBC (no HTTP):"
                + " median %.0f ms of 5 (%s)%n", times.get(2), times);
    }

    private void measure(URI base, String token) {
        String from = "&from=2023-01-01&to=2025-12-31";
        Map<String, String> queries = new LinkedHashMap<>();
        queries.put("by section per month", "/api/trends/distribution?framework=trend-bench&by=section&period=month" + from);
        queries.put("by section F per quarter", "/api/trends/distribution?framework=trend-bench&by=section&section=F&period=quarter");
        queries.put("by criterion per quarter", "/api/trends/distribution?framework=trend-bench&by=criterion&period=quarter");
        queries.put("one criterion per month", "/api/trends/distribution?framework=trend-bench&by=criterion&value=F1&period=month");
        queries.put("by team per month (overall)", "/api/trends/distribution?framework=trend-bench&by=team&period=month" + from);
        queries.put("by team, section F, per quarter", "/api/trends/distribution?framework=trend-bench&by=team&section=F&period=quarter");
        queries.put("by caseworker per quarter", "/api/trends/distribution?framework=trend-bench&by=caseworker&period=quarter");
        queries.put("one caseworker per month", "/api/trends/distribution?framework=trend-bench&by=caseworker&period=month&value="
                + URLEncoder.encode("Caseworker North 3", StandardCharsets.UTF_8));
        queries.put("by need per quarter", "/api/trends/distribution?framework=trend-bench&by=need&period=quarter");
        queries.put("by phase per month", "/api/trends/distribution?framework=trend-bench&by=phase&period=month");
        queries.put("criteria most often not met", "/api/trends/not-met?framework=trend-bench&limit=10");
        queries.put("not met, one year, section F", "/api/trends/not-met?framework=trend-bench&from=2024-01-01&to=2024-12-31&section=F");
        // One team's or caseworker's criteria not met are counted from their final audits, not the counts table.
        queries.put("not met, team North", "/api/trends/not-met?framework=trend-bench&team=North&limit=10");
        queries.put("not met, one caseworker, one year", "/api/trends/not-met?framework=trend-bench&from=2024-01-01"
                + "&to=2024-12-31&caseworker=" + URLEncoder.encode("Caseworker North 3", StandardCharsets.UTF_8));
        queries.put("before/after an event (3 teams)", "/api/trends/before-after?framework=trend-bench&date=2024-06-15&months=6&teams="
                + URLEncoder.encode("North,South,East", StandardCharsets.UTF_8));
        queries.put("plans overdue for review (100)", "/api/trends/overdue-reviews?asOf=2026-01-01");
        System.out.printf(Locale.UK, "%n%-34s %8s %8s %8s %8s %9s%n", "query (through HTTP)", "p50 ms", "p95 ms",
                "p99 ms", "max ms", "bytes");
        for (Map.Entry<String, String> query : queries.entrySet()) {
            HttpResponse<String> first = send(base, token, "GET", query.getValue());
            if (first.statusCode() != 200) {
                throw new IllegalStateException(query.getKey() + " answered " + first.statusCode() + ": " + first.body());
            }
            for (int i = 0; i < warmup; i++) {
                send(base, token, "GET", query.getValue());
            }
            double[] times = new double[requests];
            for (int i = 0; i < requests; i++) {
                long t0 = System.nanoTime();
                HttpResponse<String> response = send(base, token, "GET", query.getValue());
                times[i] = (System.nanoTime() - t0) / 1e6;
                if (response.statusCode() != 200) {
                    throw new IllegalStateException(query.getKey() + " answered " + response.statusCode());
                }
            }
            Arrays.sort(times);
            System.out.printf(Locale.UK, "%-34s %8.1f %8.1f %8.1f %8.1f %9d%n", query.getKey(), pct(times, 50),
                    pct(times, 95), pct(times, 99), times[times.length - 1], first.body().length());
        }
        System.out.printf(Locale.UK, "Load average at end: %s%n", loadAverage());
    }

    private static double pct(double[] sorted, int p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
    }

    private String login(URI base) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(base.resolve("/api/login"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"admin\",\"password\":\"" + PASSWORD + "\"}"))
                .build(), HttpResponse.BodyHandlers.ofString());
        Matcher token = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"").matcher(response.body());
        if (!token.find()) {
            throw new IllegalStateException("login failed: " + response.statusCode());
        }
        return token.group(1);
    }

    private HttpResponse<String> send(URI base, String token, String method, String path) {
        try {
            return http.send(HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofMinutes(10))
                    .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                    .method(method, method.equals("POST") ? HttpRequest.BodyPublishers.ofString("{}")
                            : HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).trim();
        } catch (Exception e) {
            return "unknown";
        }
    }

}
