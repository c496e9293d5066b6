package org.mentoring.benchmark;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.java.ao.EntityManager;
import org.mentoring.feedback.FeedbackInput;
import org.mentoring.goal.Goal;
import org.mentoring.goal.GoalInput;
import org.mentoring.host.Person;
import org.mentoring.host.standalone.Databases;
import org.mentoring.host.standalone.InMemoryUserDirectory;
import org.mentoring.host.standalone.StandaloneApp;
import org.mentoring.host.standalone.StandaloneServer;
import org.mentoring.relationship.AgreementInput;
import org.mentoring.relationship.Move;
import org.mentoring.relationship.MoveRequest;
import org.mentoring.relationship.Proposal;
import org.mentoring.relationship.Relationship;
import org.mentoring.session.ActionItemInput;
import org.mentoring.session.SessionInput;

/**
 * The load test (a benchmark, not a test): mixed traffic by many different people on seeded data — 70% reads,
 * 30% writes — from 4, 16 and 32 concurrent clients over loopback, on HSQLDB (a file database, as the standalone
 * host runs it), on PostgreSQL, and on two standalone nodes sharing one PostgreSQL database. Reports requests/s,
 * p50/p95/p99 and counts by status. Then, at each level, the reads that have a hand-written JDBC twin
 * ({@link HandWrittenRelationshipsResource}, {@link HandWrittenGoalsResource}) run against the app and against the
 * twin in alternating slices under the same 30% writes, so the app's read throughput is a ratio measured in one run.
 *
 * <pre>mvn -Pbenchmark -Dbenchmark.main=org.mentoring.benchmark.LoadBenchmark -Dexec.args="…"</pre>
 * Options: {@code --configs hsql,postgres,two-nodes} (default all three), {@code --clients 4,16,32},
 * {@code --seconds 30} (mixed traffic per level), {@code --slice 5} and {@code --slices 6} (the ratio phase),
 * {@code --pairs 300}, {@code --warmup 20} (seconds of unreported traffic first), {@code --db-url jdbc:postgresql://127.0.0.1:5432/mentoring_bench} (its public schema is
 * dropped and created each run), {@code --user}, {@code --password}. Writes target/benchmark/load.md.
 */
public final class LoadBenchmark {
    /** The goal workflow's Agree and Start transitions (workflow/development-goal-workflow.xml). */
    private static final int AGREE = 11;
    private static final int START = 21;
    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*(\\d+)");

    /** Jersey warns about resources registered as instances (served all the same); held so the level sticks. */
    private static final java.util.logging.Logger JERSEY_INTERNALS = java.util.logging.Logger.getLogger("org.glassfish.jersey.internal");

    private final Map<String, String> options;
    private final List<String> report = new ArrayList<>();

    private LoadBenchmark(Map<String, String> options) {
        this.options = options;
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new LinkedHashMap<>(Map.of("configs", "hsql,postgres,two-nodes", "clients", "4,16,32",
                "seconds", "30", "slice", "5", "slices", "6", "pairs", "300", "warmup", "20",
                "db-url", "jdbc:postgresql://127.0.0.1:5432/mentoring_bench", "user", "postgres", "password", ""));
        for (int i = 0; i + 1 < args.length; i += 2) {
            options.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        JERSEY_INTERNALS.setLevel(java.util.logging.Level.SEVERE);
        new LoadBenchmark(options).run();
        System.exit(0);
    }

    private int option(String name) {
        return Integer.parseInt(options.get(name));
    }

    private void run() throws Exception {
        report.add("Machine: " + Runtime.getRuntime().availableProcessors() + " cores, " + System.getProperty("os.name") + " "
                + System.getProperty("os.version") + ", Java " + System.getProperty("java.version") + "; run of "
                + java.time.Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS) + ".");
        report.add("Options: " + options.entrySet().stream().filter(e -> !e.getKey().equals("password"))
                .map(e -> "--" + e.getKey() + " " + e.getValue()).reduce((a, b) -> a + " " + b).orElse(""));
        for (String config : options.get("configs").split(",")) {
            runConfig(config.strip());
        }
        Path out = Path.of("target/benchmark/load.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, String.join("\n", report) + "\n");
        System.out.println(String.join("\n", report));
        System.out.println("Written to " + out.toAbsolutePath());
    }

    private void runConfig(String config) throws Exception {
        int pairs = option("pairs");
        List<Person> people = new ArrayList<>();
        for (int i = 0; i < 2 * pairs; i++) {
            people.add(new Person(key(i), name(i), "Load Person " + i, true));
        }
        String url;
        String user;
        String password;
        Path folder = null;
        if (config.equals("hsql")) {
            folder = Files.createTempDirectory("mentoring-load");
            url = "jdbc:hsqldb:file:" + folder.resolve("mentoring") + ";hsqldb.tx=mvcc;hsqldb.write_delay=false;hsqldb.lock_file=true";
            user = "SA";
            password = "";
        } else if (config.equals("postgres") || config.equals("two-nodes")) {
            url = options.get("db-url");
            user = options.get("user");
            password = options.get("password");
            try (Connection c = DriverManager.getConnection(url, user, password); Statement s = c.createStatement()) {
                s.execute("DROP SCHEMA IF EXISTS public CASCADE");
                s.execute("CREATE SCHEMA public");
            }
        } else {
            throw new IllegalArgumentException("--configs takes hsql, postgres, two-nodes; not " + config);
        }
        String schema = url.startsWith("jdbc:postgresql:") ? "public" : null;
        int nodes = config.equals("two-nodes") ? 2 : 1;
        List<StandaloneApp> apps = new ArrayList<>();
        List<StandaloneServer> servers = new ArrayList<>();
        List<org.apache.commons.dbcp.BasicDataSource> rawPools = new ArrayList<>();
        try {
            for (int n = 0; n < nodes; n++) {
                EntityManager em = Databases.open(url, user, password, schema);
                apps.add(StandaloneApp.create(em, new InMemoryUserDirectory(people, Set.of()), Clock.systemUTC()));
            }
            long seedStart = System.nanoTime();
            Seeded seeded = seed(apps.get(0), pairs);
            double seedSeconds = (System.nanoTime() - seedStart) / 1e9;
            List<String> bases = new ArrayList<>();
            for (StandaloneApp app : apps) {
                org.apache.commons.dbcp.BasicDataSource raw = new org.apache.commons.dbcp.BasicDataSource();
                raw.setUrl(url);
                raw.setUsername(user);
                raw.setPassword(password);
                raw.setMaxActive(16);
                rawPools.add(raw);
                StandaloneServer server = StandaloneServer.start(app, "127.0.0.1", 0,
                        new HandWrittenRelationshipsResource(raw, app.graph.relationshipViews(), app.currentUser),
                        new HandWrittenGoalsResource(raw, app.graph.goalViews(), app.currentUser));
                servers.add(server);
                bases.add(server.baseUri().toString());
            }
            String title = switch (config) {
                case "hsql" -> "HSQLDB " + dbVersion(url, user, password) + " (file database, as the standalone host runs it)";
                case "postgres" -> "PostgreSQL " + dbVersion(url, user, password);
                default -> "Two standalone nodes on one PostgreSQL " + dbVersion(url, user, password) + " (clients alternate nodes)";
            };
            report.add("");
            report.add("### " + title);
            report.add("");
            report.add(String.format(Locale.ROOT, "Seeded through the app's services in %.1f s: %d people, %d active mentorships, each with an "
                    + "agreement, 2 goals (one under way), 2 sessions with action items and a private note, 2 feedback.",
                    seedSeconds, 2 * pairs, pairs));
            report.add("");
            report.add("| clients | phase | requests | req/s | p50 ms | p95 ms | p99 ms | by status |");
            report.add("|---:|---|---:|---:|---:|---:|---:|---|");
            List<String> ratios = new ArrayList<>();
            // Warm-up, not reported: every kind of request compiled and every pool filled before the first level counts.
            new Workload(bases, seeded, false, false).run(8, Duration.ofSeconds(option("warmup")));
            new Workload(bases, seeded, true, true).run(8, Duration.ofSeconds(option("warmup") / 2));
            for (String level : options.get("clients").split(",")) {
                int clients = Integer.parseInt(level.strip());
                Workload mixed = new Workload(bases, seeded, false, false);
                Stats all = mixed.run(clients, Duration.ofSeconds(option("seconds")));
                row(clients, "mixed: all", all.total());
                row(clients, "mixed: reads", all.reads);
                row(clients, "mixed: writes", all.writes);
                Stats app = new Stats();
                Stats hand = new Stats();
                for (int s = 0; s < option("slices"); s++) {
                    boolean handWritten = s % 2 == 1;
                    Stats slice = new Workload(bases, seeded, true, handWritten).run(clients, Duration.ofSeconds(option("slice")));
                    (handWritten ? hand : app).add(slice);
                }
                row(clients, "comparable reads: app", app.reads);
                row(clients, "comparable reads: hand-written", hand.reads);
                double ratio = app.reads.perSecond() / hand.reads.perSecond();
                ratios.add(String.format(Locale.ROOT, "%d clients: **%.2f×** (%.0f vs %.0f reads/s)", clients, ratio,
                        app.reads.perSecond(), hand.reads.perSecond()));
                System.out.println(title + ", " + clients + " clients: " + all.total().summary() + "; ratio " + ratio);
                for (String failure : all.failures()) {
                    System.out.println("  " + failure);
                }
                for (String failure : app.failures()) {
                    System.out.println("  " + failure);
                }
            }
            report.add("");
            report.add("App reads ÷ hand-written reads (the same requests, alternating " + option("slice") + " s slices, "
                    + "30% writes alongside): " + String.join("; ", ratios) + ".");
        } finally {
            for (StandaloneServer s : servers) {
                s.close();
            }
            for (org.apache.commons.dbcp.BasicDataSource raw : rawPools) {
                raw.close();
            }
            for (StandaloneApp app : apps) {
                app.entityManager.getProvider().dispose();
            }
            if (folder != null) {
                try (Connection c = DriverManager.getConnection(url, user, password); Statement s = c.createStatement()) {
                    s.execute("SHUTDOWN");
                } catch (Exception e) {
                    // already down
                }
            }
        }
    }

    private void row(int clients, String phase, Phase p) {
        report.add(String.format(Locale.ROOT, "| %d | %s | %d | %.0f | %.1f | %.1f | %.1f | %s |", clients, phase, p.count(),
                p.perSecond(), p.percentile(50), p.percentile(95), p.percentile(99), p.byStatus()));
    }

    private static String dbVersion(String url, String user, String password) {
        try (Connection c = DriverManager.getConnection(url, user, password)) {
            return c.getMetaData().getDatabaseProductVersion();
        } catch (Exception e) {
            return "";
        }
    }

    static String key(int i) {
        return String.format(Locale.ROOT, "lu-%05d", i);
    }

    static String name(int i) {
        return String.format(Locale.ROOT, "load%05d", i);
    }

    /** What the seed made: per pair, the relationship and its goals, sessions and feedback ids. */
    record Pair(long id, String mentor, String mentee, long startedGoal, long[] sessions, long[] feedback) {
    }

    record Seeded(List<Pair> pairs) {
    }

    /**
     * Pair i: person i mentors person pairs+i; real service calls, as people would have made them, from four threads
     * (pairs share nothing). A call the database refuses for a concurrent write is tried again, a few times.
     */
    private static Seeded seed(StandaloneApp app, int pairs) throws InterruptedException {
        app.graph.scope().setOrgWide(true);
        Pair[] seeded = new Pair[pairs];
        List<Thread> threads = new ArrayList<>();
        java.util.concurrent.atomic.AtomicReference<RuntimeException> failed = new java.util.concurrent.atomic.AtomicReference<>();
        for (int t = 0; t < 4; t++) {
            int first = t;
            threads.add(new Thread(() -> {
                try {
                    for (int i = first; i < pairs; i += 4) {
                        seeded[i] = seedPair(app, pairs, i);
                    }
                } catch (RuntimeException e) {
                    failed.set(e);
                }
            }, "seed-" + t));
        }
        threads.forEach(Thread::start);
        for (Thread t : threads) {
            t.join();
        }
        if (failed.get() != null) {
            throw failed.get();
        }
        return new Seeded(List.of(seeded));
    }

    private static <T> T retried(java.util.function.Supplier<T> call) {
        for (int attempt = 1; ; attempt++) {
            try {
                return call.get();
            } catch (RuntimeException e) {
                if (attempt == 5) {
                    throw e;
                }
            }
        }
    }

    private static Pair seedPair(StandaloneApp app, int pairs, int i) {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        String mentor = name(i);
        String mentorKey = key(i);
        String menteeKey = key(pairs + i);
        Relationship r = retried(() -> app.graph.relationships().propose(menteeKey, new Proposal(mentorKey, menteeKey, "INFORMAL", null,
                "Would you mentor me, " + mentor + "?")));
        retried(() -> app.graph.relationships().move(mentorKey, r.id(), Move.ACCEPT, MoveRequest.none()));
        retried(() -> app.graph.agreements().update(mentorKey, r.id(), new AgreementInput("Grow into a lead role.", "EVERY_TWO_WEEKS", null,
                "Video call", "Between us.", today.minusMonths(1).toString(), today.plusMonths(5).toString()), null));
        retried(() -> app.graph.agreements().accept(menteeKey, r.id(), null));
        Goal started = retried(() -> app.graph.goals().create(menteeKey, r.id(), new GoalInput("Lead a design review " + i, "End to end.",
                "Three reviews led.", "leadership", today.plusMonths(3).toString(), menteeKey)));
        retried(() -> app.graph.goals().transition(mentorKey, started.id(), AGREE, Map.of(), null));
        retried(() -> app.graph.goals().transition(menteeKey, started.id(), START, Map.of(), null));
        retried(() -> app.graph.goals().checkIn(menteeKey, started.id(), 20, null, "Under way.", "PAIR"));
        retried(() -> app.graph.goals().create(menteeKey, r.id(), new GoalInput("Delegate more " + i, null, null, "delegation", null, menteeKey)));
        long[] sessions = new long[2];
        for (int s = 0; s < 2; s++) {
            int n = s;
            sessions[s] = retried(() -> app.graph.sessions().create(n == 0 ? mentorKey : menteeKey, r.id(), new SessionInput(
                    today.minusDays(14 - 7 * n).toString(), 45, "Topic " + n, "Shared notes " + n, null), "Private note " + n,
                    List.of(new ActionItemInput("Item " + n, menteeKey, today.plusDays(7).toString(), null)))).id();
        }
        long[] feedback = new long[2];
        feedback[0] = retried(() -> app.graph.feedback().give(mentorKey, r.id(), new FeedbackInput("STRENGTH", "Focused review.", null, null,
                List.of(), null), null)).id();
        feedback[1] = retried(() -> app.graph.feedback().give(menteeKey, r.id(), new FeedbackInput("LEARNED", "Ask before answering.", null, null,
                List.of(), null), null)).id();
        return new Pair(r.id(), mentorKey, menteeKey, started.id(), sessions, feedback);
    }

    /** Latencies (ms) and statuses of one kind of request in one phase. */
    static final class Phase {
        private double[] millis = new double[1024];
        private int count;
        private long nanos;
        private final Map<Integer, Integer> statuses = new TreeMap<>();

        void record(int status, double ms) {
            if (count == millis.length) {
                millis = Arrays.copyOf(millis, count * 2);
            }
            millis[count++] = ms;
            statuses.merge(status, 1, Integer::sum);
        }

        void add(Phase other) {
            for (int i = 0; i < other.count; i++) {
                if (count == millis.length) {
                    millis = Arrays.copyOf(millis, count * 2);
                }
                millis[count++] = other.millis[i];
            }
            other.statuses.forEach((k, v) -> statuses.merge(k, v, Integer::sum));
            nanos += other.nanos;
        }

        int count() {
            return count;
        }

        double perSecond() {
            return nanos == 0 ? 0 : count / (nanos / 1e9);
        }

        double percentile(int p) {
            if (count == 0) {
                return 0;
            }
            double[] sorted = Arrays.copyOf(millis, count);
            Arrays.sort(sorted);
            return sorted[Math.min(count - 1, (int) Math.ceil(p / 100.0 * count) - 1)];
        }

        String byStatus() {
            StringBuilder b = new StringBuilder();
            statuses.forEach((k, v) -> b.append(b.length() == 0 ? "" : ", ").append(k == 0 ? "no answer" : k).append(": ").append(v));
            return b.toString();
        }

        String summary() {
            return String.format(Locale.ROOT, "%d requests, %.0f/s, p50 %.1f p95 %.1f p99 %.1f ms, %s", count, perSecond(),
                    percentile(50), percentile(95), percentile(99), byStatus());
        }
    }

    /** One phase's reads and writes, and the first few failures (5xx, or a refusal nobody caused) to show. */
    static final class Stats {
        final Phase reads = new Phase();
        final Phase writes = new Phase();
        private final List<String> failures = new ArrayList<>();

        Phase total() {
            Phase all = new Phase();
            all.add(reads);
            all.add(writes);
            all.nanos = reads.nanos;
            return all;
        }

        void add(Stats other) {
            reads.add(other.reads);
            writes.add(other.writes);
            other.failures.stream().limit(10 - failures.size()).forEach(failures::add);
        }

        synchronized void failure(String what) {
            if (failures.size() < 10) {
                failures.add(what);
            }
        }

        List<String> failures() {
            return failures;
        }
    }

    /**
     * Closed-loop clients: each picks a random pair and acts as one of its two people. 70% reads, 30% writes.
     * Writes that need an earlier write (agreeing a goal the load created, acknowledging feedback it gave) take it
     * from a queue, so no two clients ever act on the same thing: a 409 there would be a defect, not a race.
     */
    private static final class Workload {
        private final List<String> bases;
        private final List<Pair> pairs;
        private final boolean comparableReadsOnly;
        private final boolean handWritten;
        private final ConcurrentLinkedQueue<long[]> drafts = new ConcurrentLinkedQueue<>();     // {goal, pair index}
        private final ConcurrentLinkedQueue<long[]> agreed = new ConcurrentLinkedQueue<>();
        private final ConcurrentLinkedQueue<long[]> given = new ConcurrentLinkedQueue<>();      // {feedback, pair, author is mentor}

        Workload(List<String> bases, Seeded seeded, boolean comparableReadsOnly, boolean handWritten) {
            this.bases = bases;
            this.pairs = seeded.pairs();
            this.comparableReadsOnly = comparableReadsOnly;
            this.handWritten = handWritten;
        }

        Stats run(int clients, Duration duration) throws InterruptedException {
            Stats total = new Stats();
            AtomicBoolean stop = new AtomicBoolean();
            List<Thread> threads = new ArrayList<>();
            List<Stats> perClient = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                Stats mine = new Stats();
                perClient.add(mine);
                String base = bases.get(c % bases.size());
                threads.add(new Thread(() -> client(base, stop, mine), "load-client-" + c));
            }
            long start = System.nanoTime();
            threads.forEach(Thread::start);
            Thread.sleep(duration.toMillis());
            stop.set(true);
            for (Thread t : threads) {
                t.join(60_000);
            }
            long elapsed = System.nanoTime() - start;
            for (Stats s : perClient) {
                total.add(s);
            }
            total.reads.nanos = elapsed;
            total.writes.nanos = elapsed;
            return total;
        }

        private void client(String base, AtomicBoolean stop, Stats stats) {
            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build();
            ThreadLocalRandom random = ThreadLocalRandom.current();
            while (!stop.get()) {
                int index = random.nextInt(pairs.size());
                Pair pair = pairs.get(index);
                boolean asMentor = random.nextBoolean();
                String who = asMentor ? pair.mentor() : pair.mentee();
                if (random.nextInt(10) < 7) {
                    read(http, base, random, pair, who, stats);
                } else {
                    write(http, base, random, index, pair, asMentor, stats);
                }
            }
        }

        private void read(HttpClient http, String base, ThreadLocalRandom random, Pair pair, String who, Stats stats) {
            String rest = base + StandaloneServer.REST_PATH;
            String prefix = handWritten ? rest + "/bench" : rest;
            String path;
            int kinds = comparableReadsOnly ? 3 : 9;
            switch (random.nextInt(kinds)) {
                case 0 -> path = prefix + "/relationships?maxResults=50";
                case 1 -> path = prefix + "/goals?relationshipId=" + pair.id() + "&maxResults=50";
                case 2 -> path = prefix + "/goals?maxResults=50";
                case 3 -> path = rest + "/relationships/" + pair.id();
                case 4 -> path = rest + "/sessions?relationshipId=" + pair.id();
                case 5 -> path = rest + "/feedback?relationshipId=" + pair.id();
                case 6 -> path = rest + "/notifications?maxResults=20";
                case 7 -> path = rest + "/goals/" + pair.startedGoal();
                default -> path = base + "/plugins/servlet/mentoring/section?section=goals&relationship=" + pair.id();
            }
            send(http, "GET", path, null, who, stats.reads, stats);
        }

        private void write(HttpClient http, String base, ThreadLocalRandom random, int index, Pair pair, boolean asMentor, Stats stats) {
            String rest = base + StandaloneServer.REST_PATH;
            String who = asMentor ? pair.mentor() : pair.mentee();
            String today = LocalDate.now(ZoneOffset.UTC).toString();
            switch (random.nextInt(8)) {
                case 0 -> {
                    String body = send(http, "POST", rest + "/goals", "{\"relationshipId\":" + pair.id() + ",\"title\":\"Load goal "
                            + random.nextInt(1_000_000) + "\",\"successCriteria\":\"Done when done.\",\"targetDate\":\""
                            + LocalDate.now(ZoneOffset.UTC).plusMonths(2) + "\",\"ownerKey\":\"" + who + "\"}", who, stats.writes, stats);
                    long goal = id(body);
                    if (goal > 0) {
                        drafts.add(new long[] {goal, index, asMentor ? 1 : 0});
                    }
                }
                case 1 -> {
                    long[] draft = drafts.poll();
                    if (draft == null) {
                        send(http, "POST", rest + "/goals/" + pair.startedGoal() + "/check-ins", "{\"progress\":"
                                + random.nextInt(101) + ",\"note\":\"Progress.\"}", who, stats.writes, stats);
                        return;
                    }
                    Pair p = pairs.get((int) draft[1]);
                    String other = draft[2] == 1 ? p.mentee() : p.mentor();   // the member who does not own it agrees
                    String body = send(http, "POST", rest + "/goals/" + draft[0] + "/transitions", "{\"id\":" + AGREE + "}", other, stats.writes, stats);
                    if (id(body) > 0) {
                        agreed.add(draft);
                    }
                }
                case 2 -> {
                    long[] goal = agreed.poll();
                    if (goal == null) {
                        send(http, "POST", rest + "/goals/" + pair.startedGoal() + "/milestones", "{\"title\":\"Milestone\"}", who,
                                stats.writes, stats);
                        return;
                    }
                    Pair p = pairs.get((int) goal[1]);
                    send(http, "POST", rest + "/goals/" + goal[0] + "/transitions", "{\"id\":" + START + "}",
                            goal[2] == 1 ? p.mentor() : p.mentee(), stats.writes, stats);
                }
                case 3 -> send(http, "POST", rest + "/goals/" + pair.startedGoal() + "/check-ins", "{\"progress\":" + random.nextInt(101)
                        + ",\"note\":\"Progress made.\",\"visibility\":\"PAIR\"}", who, stats.writes, stats);
                case 4 -> send(http, "POST", rest + "/sessions", "{\"relationshipId\":" + pair.id() + ",\"heldOn\":\"" + today
                        + "\",\"durationMinutes\":30,\"topics\":\"Load\",\"sharedNotes\":\"Notes.\",\"privateNote\":\"Mine.\","
                        + "\"actionItems\":[{\"text\":\"Do it\"}]}", who, stats.writes, stats);
                case 5 -> {
                    String body = send(http, "POST", rest + "/feedback", "{\"relationshipId\":" + pair.id()
                            + ",\"kind\":\"STRENGTH\",\"text\":\"Well done.\"}", who, stats.writes, stats);
                    long feedback = id(body);
                    if (feedback > 0) {
                        given.add(new long[] {feedback, index, asMentor ? 1 : 0});
                    }
                }
                case 6 -> {
                    long[] feedback = given.poll();
                    if (feedback == null) {
                        send(http, "POST", rest + "/feedback/" + pair.feedback()[random.nextInt(2)] + "/replies", "{\"text\":\"Thanks.\"}",
                                who, stats.writes, stats);
                        return;
                    }
                    Pair p = pairs.get((int) feedback[1]);
                    send(http, "POST", rest + "/feedback/" + feedback[0] + "/acknowledge", "{}", feedback[2] == 1 ? p.mentee() : p.mentor(),
                            stats.writes, stats);
                }
                default -> send(http, "PUT", rest + "/sessions/" + pair.sessions()[random.nextInt(2)] + "/private-note",
                        "{\"text\":\"My note " + random.nextInt(1000) + "\"}", who, stats.writes, stats);
            }
        }

        private static long id(String body) {
            if (body == null) {
                return -1;
            }
            Matcher m = ID.matcher(body);
            return m.find() ? Long.parseLong(m.group(1)) : -1;
        }

        /** Sends as {@code userKey}'s person (HTTP Basic); returns the body of a 2xx answer, else null. */
        private static String send(HttpClient http, String method, String url, String json, String userKey, Phase phase, Stats stats) {
            String user = "load" + userKey.substring(3);
            HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60))
                    .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8)));
            if (json != null) {
                b.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(json));
            } else {
                b.method(method, HttpRequest.BodyPublishers.noBody());
            }
            long start = System.nanoTime();
            int status;
            String body;
            try {
                HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                status = r.statusCode();
                body = r.body();
            } catch (Exception e) {
                status = 0;
                body = e.toString();
            }
            double ms = (System.nanoTime() - start) / 1e6;
            phase.record(status, ms);
            if (status >= 400 || status == 0) {
                stats.failure(status + " " + method + " " + url.replaceFirst("^http://[^/]+", "") + " -> "
                        + (body == null ? "" : body.substring(0, Math.min(200, body.length()))));
            }
            return status >= 200 && status < 300 ? body : null;
        }
    }
}
