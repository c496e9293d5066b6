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
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.LongSupplier;
import net.java.ao.EntityManager;
import org.mentoring.host.Person;
import org.mentoring.host.standalone.Databases;
import org.mentoring.host.standalone.InMemoryUserDirectory;
import org.mentoring.host.standalone.StandaloneApp;
import org.mentoring.host.standalone.StandaloneServer;
import org.mentoring.paging.PageRequest;
import java.time.Instant;
import org.mentoring.relationship.Relationship;
import org.mentoring.relationship.RelationshipFilter;
import org.mentoring.relationship.RelationshipKind;
import org.mentoring.relationship.RelationshipStatus;
import org.mentoring.testing.CountingDataSource;

/**
 * The relationship benchmark (not a test): seeds an enterprise-size dataset, then measures the
 * relationship reads over HTTP against the standalone host (p50/p95, SQL statements per request) and,
 * in the same run, the hand-written JDBC query they correspond to. {@code mvn -Pbenchmark}; options:
 * {@code --db postgres|hsql} (default postgres, database mentoring_bench, recreated each run),
 * {@code --users N --relationships N --iterations N}.
 */
public final class RelationshipBenchmark {
    static final String T = "\"AO_4A2E6F_";
    private static final String[] LATE_STATUSES = {"COMPLETED", "ALUMNI", "ENDED", "DECLINED", "WITHDRAWN", "EXPIRED"};

    private final Map<String, String> options;
    private final Random random = new Random(42);
    private final HttpClient http = HttpClient.newHttpClient();
    private final List<long[]> members = new ArrayList<>();   // {relationshipId, mentorIndex, menteeIndex}
    private int heavyMentor;
    private int lightMentee;

    private RelationshipBenchmark(Map<String, String> options) {
        this.options = options;
    }

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("directory")) {
            DirectoryBenchmark.main(Arrays.copyOfRange(args, 1, args.length));
            return;
        }
        Map<String, String> options = new LinkedHashMap<>(Map.of("db", "postgres", "users", "50000",
                "relationships", "20000", "iterations", "1000", "user", "postgres", "password", ""));
        options.putIfAbsent("goals", "1000000");
        for (int i = 0; i + 1 < args.length; i += 2) {
            options.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        new RelationshipBenchmark(options).run();
        System.exit(0);
    }

    private int option(String name) {
        return Integer.parseInt(options.get(name));
    }

    private static String key(int i) {
        return String.format(Locale.ROOT, "bu-%06d", i);
    }

    private static String name(int i) {
        return String.format(Locale.ROOT, "bench%06d", i);
    }

    private void run() throws Exception {
        int userCount = option("users");
        List<Person> people = new ArrayList<>(userCount);
        for (int i = 0; i < userCount; i++) {
            people.add(new Person(key(i), name(i), "Bench Person " + i, true));
        }
        String url;
        String user = options.get("user");
        String password = options.get("password");
        if ("hsql".equals(options.get("db"))) {
            url = "jdbc:hsqldb:mem:bench;hsqldb.tx=mvcc";
            user = "SA";
            password = "";
        } else {
            url = "jdbc:postgresql://127.0.0.1:5432/mentoring_bench";
            try (Connection c = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/postgres", user, password);
                 Statement s = c.createStatement()) {
                s.execute("DROP DATABASE IF EXISTS mentoring_bench");
                s.execute("CREATE DATABASE mentoring_bench");
            }
        }
        EntityManager em = Databases.open(url, user, password, url.contains("postgresql") ? "public" : null, CountingDataSource::wrap);
        StandaloneApp app = StandaloneApp.create(em, new InMemoryUserDirectory(people, Set.of()), Clock.systemUTC());

        long seedStart = System.nanoTime();
        long events;
        try (Connection c = DriverManager.getConnection(url, user, password)) {
            events = seed(c, userCount, option("relationships"));
            seedGoals(c, option("goals"));
        }
        double seedSeconds = (System.nanoTime() - seedStart) / 1e9;

        // The hand-written baseline borrows a pooled connection per request, as a DAO in a host would.
        org.apache.commons.dbcp.BasicDataSource rawPool = new org.apache.commons.dbcp.BasicDataSource();
        rawPool.setUrl(url);
        rawPool.setUsername(user);
        rawPool.setPassword(password);
        // Counted like the app's pool, so both sides pay the same wrapper and the table shows both sides' statements.
        javax.sql.DataSource raw = CountingDataSource.wrap(rawPool);
        try (StandaloneServer server = StandaloneServer.start(app, "127.0.0.1", 0,
                new HandWrittenRelationshipsResource(raw, app.graph.relationshipViews(), app.currentUser),
                new HandWrittenGoalsResource(raw, app.graph.goalViews(), app.currentUser))) {
            String base = server.baseUri().toString();
            int n = option("iterations");
            Map<String, Call> calls = new LinkedHashMap<>();
            calls.put("List my relationships (REST, page of 50)", i -> {
                long[] m = member(i);
                return get(base + "/rest/mentoring/1.0/relationships?maxResults=50", (int) m[i % 2 == 0 ? 1 : 2]);
            });
            calls.put("List: hand-written JDBC endpoint (same REST stack)", i -> {
                long[] m = member(i);
                return get(base + "/rest/mentoring/1.0/bench/relationships?maxResults=50", (int) m[i % 2 == 0 ? 1 : 2]);
            });
            calls.put("List my relationships (service call, no HTTP)", i -> {
                long[] m = member(i);
                long before = CountingDataSource.executed();
                app.graph.relationships().listMine(key((int) m[i % 2 == 0 ? 1 : 2]), RelationshipFilter.all(), PageRequest.first(50));
                return CountingDataSource.executed() - before;
            });
            calls.put("List: hand-written JDBC (count + page of 50)", i -> rawStatements(() -> {
                long[] m = member(i);
                HandWrittenRelationshipsResource.query(raw, key((int) m[i % 2 == 0 ? 1 : 2]), PageRequest.first(50));
            }));
            calls.put("Get one (REST)", i -> {
                long[] m = member(i);
                return get(base + "/rest/mentoring/1.0/relationships/" + m[0], (int) m[1]);
            });
            calls.put("Get one: hand-written JDBC", i -> rawStatements(() -> {
                try (Connection c = raw.getConnection()) {
                    HandWrittenRelationshipsResource.get(c, member(i)[0]);
                }
            }));
            calls.put("Relationship page (HTML)", i -> {
                long[] m = member(i);
                return get(base + "/plugins/servlet/mentoring/relationship?id=" + m[0], (int) m[2]);
            });
            calls.put("Relationship page: goals section (HTML fragment)", i -> {
                long[] m = member(i);
                return get(base + "/plugins/servlet/mentoring/section?section=goals&relationship=" + m[0], (int) m[2]);
            });
            calls.put("Goals of a relationship (REST, page of 50)", i -> {
                long[] m = member(i);
                return get(base + "/rest/mentoring/1.0/goals?relationshipId=" + m[0] + "&maxResults=50", (int) m[2]);
            });
            calls.put("Goals of a relationship: hand-written JDBC endpoint", i -> {
                long[] m = member(i);
                return get(base + "/rest/mentoring/1.0/bench/goals?relationshipId=" + m[0] + "&maxResults=50", (int) m[2]);
            });
            calls.put("Goals of a relationship: hand-written JDBC", i -> rawStatements(() -> {
                try (Connection c = raw.getConnection()) {
                    HandWrittenRelationshipsResource.get(c, member(i)[0]);
                    HandWrittenGoalsResource.ofRelationship(c, member(i)[0], PageRequest.first(50));
                }
            }));
            calls.put("My goals across relationships (REST, page of 50)", i -> {
                long[] m = member(i);
                return get(base + "/rest/mentoring/1.0/goals?maxResults=50", (int) m[i % 2 == 0 ? 1 : 2]);
            });
            calls.put("My goals: hand-written JDBC endpoint", i -> {
                long[] m = member(i);
                return get(base + "/rest/mentoring/1.0/bench/goals?maxResults=50", (int) m[i % 2 == 0 ? 1 : 2]);
            });
            calls.put("My goals: hand-written JDBC", i -> rawStatements(() -> {
                long[] m = member(i);
                try (Connection c = raw.getConnection()) {
                    HandWrittenGoalsResource.mine(c, key((int) m[i % 2 == 0 ? 1 : 2]), PageRequest.first(50), new java.util.HashMap<>());
                }
            }));
            List<Row> rows = measure(calls, n);
            long heavy = get(base + "/rest/mentoring/1.0/relationships?maxResults=50", heavyMentor);
            long light = get(base + "/rest/mentoring/1.0/relationships?maxResults=50", lightMentee);
            report(url, userCount, option("relationships"), events, seedSeconds, n, rows, heavy, light);
        } finally {
            rawPool.close();
        }
    }

    private long[] member(int i) {
        return members.get(random.nextInt(members.size()));
    }

    /** One measured call: returns the SQL statements it cost (or executed). */
    interface Call {
        long run(int i) throws Exception;
    }

    record Row(String name, double p50, double p95, long minStatements, long maxStatements) {
    }

    /**
     * Warms every call up, then measures them round-robin (one of each per round), so JIT, garbage collection
     * and whatever else the machine does weigh on every row alike.
     */
    private List<Row> measure(Map<String, Call> calls, int iterations) throws Exception {
        List<Call> list = new ArrayList<>(calls.values());
        for (int i = 0; i < Math.max(500, iterations / 2); i++) {
            for (Call call : list) {
                call.run(i);
            }
        }
        double[][] millis = new double[list.size()][iterations];
        long[] min = new long[list.size()];
        long[] max = new long[list.size()];
        Arrays.fill(min, Long.MAX_VALUE);
        for (int i = 0; i < iterations; i++) {
            for (int c = 0; c < list.size(); c++) {
                long start = System.nanoTime();
                long statements = list.get(c).run(i);
                millis[c][i] = (System.nanoTime() - start) / 1e6;
                min[c] = Math.min(min[c], statements);
                max[c] = Math.max(max[c], statements);
            }
        }
        List<Row> rows = new ArrayList<>();
        int c = 0;
        for (String name : calls.keySet()) {
            Arrays.sort(millis[c]);
            Row row = new Row(name, percentile(millis[c], 50), percentile(millis[c], 95), min[c], max[c]);
            System.out.printf(Locale.ROOT, "%-52s p50 %7.2f ms  p95 %7.2f ms  SQL %d-%d%n", name, row.p50, row.p95, min[c], max[c]);
            rows.add(row);
            c++;
        }
        return rows;
    }

    private static double percentile(double[] sorted, int p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    private long get(String url, int userIndex) throws Exception {
        String credentials = name(userIndex) + ":" + name(userIndex);
        HttpRequest request = HttpRequest.newBuilder(URI.create(url))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)))
                .build();
        long before = CountingDataSource.executed();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        long used = CountingDataSource.executed() - before;
        if (response.statusCode() != 200) {
            throw new IllegalStateException(url + " -> " + response.statusCode() + ": " + response.body());
        }
        return used;
    }

    private interface JdbcWork {
        void run() throws SQLException;
    }

    /** Runs hand-written JDBC and returns the statements it executed (counted by the same wrapper as the app's). */
    private static long rawStatements(JdbcWork work) throws SQLException {
        long before = CountingDataSource.executed();
        work.run();
        return CountingDataSource.executed() - before;
    }

    /** Goals spread over the seeded relationships (50 each on average), in every status, with progress. */
    private void seedGoals(Connection c, int goals) throws SQLException {
        String[] statuses = {"DRAFT", "AGREED", "IN_PROGRESS", "IN_REVIEW", "ACHIEVED", "DROPPED"};
        long now = System.currentTimeMillis();
        try (PreparedStatement goal = c.prepareStatement("INSERT INTO " + T + "GOAL\" (\"RELATIONSHIP_ID\", \"OWNER_KEY\", "
                + "\"MENTOR_KEY\", \"MENTEE_KEY\", \"TITLE\", \"SUCCESS_CRITERIA\", \"COMPETENCIES\", \"TARGET_DATE\", "
                + "\"STATUS\", \"PROGRESS\", \"CREATED_AT\", \"UPDATED_AT\", \"REVISION\") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (int i = 0; i < goals; i++) {
                long[] m = members.get(i % members.size());
                goal.setLong(1, m[0]);
                goal.setString(2, key((int) (i % 3 == 0 ? m[1] : m[2])));
                goal.setString(3, key((int) m[1]));
                goal.setString(4, key((int) m[2]));
                goal.setString(5, "Goal " + i + " — grow");
                goal.setString(6, "Done when " + i + " is shown");
                goal.setString(7, "leadership,feedback");
                goal.setString(8, "2027-0" + (1 + i % 9) + "-15");
                goal.setString(9, statuses[i % statuses.length]);
                goal.setInt(10, (i * 7) % 101);
                goal.setLong(11, now - (i % 500) * 86_400_000L);
                goal.setLong(12, now - (i % 400) * 3_600_000L);
                goal.setInt(13, 1 + i % 5);
                goal.addBatch();
                if (i % 5000 == 4999) {
                    goal.executeBatch();
                    c.commit();
                }
            }
            goal.executeBatch();
        }
        try (Statement st = c.createStatement()) {
            st.executeUpdate("UPDATE " + T + "RELATIONSHIP\" SET \"MEETING_INTERVAL_DAYS\" = 14 WHERE \"ID\" IN "
                    + "(SELECT \"RELATIONSHIP_ID\" FROM " + T + "AGREEMENT\")");
            if (c.getMetaData().getURL().contains("postgresql")) {
                st.execute("ANALYZE");
            }
        }
        c.commit();
    }

    private static Integer meetingInterval(ResultSet rs) throws SQLException {
        int days = rs.getInt("MEETING_INTERVAL_DAYS");
        return rs.wasNull() ? null : days;
    }

    static Relationship map(ResultSet rs) throws SQLException {
        long programId = rs.getLong("PROGRAM_ID");
        Long program = rs.wasNull() ? null : programId;
        return new Relationship(rs.getInt("ID"), rs.getString("MENTOR_KEY"), rs.getString("MENTEE_KEY"),
                RelationshipKind.valueOf(rs.getString("KIND")), program,
                RelationshipStatus.valueOf(rs.getString("STATUS")), rs.getString("PROPOSER_KEY"),
                Instant.ofEpochMilli(rs.getLong("PROPOSED_AT")), Instant.ofEpochMilli(rs.getLong("STATUS_CHANGED_AT")),
                Instant.ofEpochMilli(rs.getLong("EXPIRES_AT")), meetingInterval(rs), rs.getInt("REVISION"),
                rs.getBoolean("MENTOR_KEEPS_IN_TOUCH"), rs.getBoolean("MENTEE_KEEPS_IN_TOUCH"));
    }

    /**
     * Relationships with history, agreements and claims, written with JDBC batches (the services would
     * take hours for this much): 2% of users mentor, one mentor has 500 relationships, one mentee has 5.
     */
    private long seed(Connection c, int users, int relationships) throws SQLException {
        c.setAutoCommit(false);
        int mentors = Math.max(10, users / 25);
        heavyMentor = 0;
        lightMentee = users - 1;
        Set<String> pairs = new HashSet<>();
        long now = System.currentTimeMillis();
        long events = 0;
        try (PreparedStatement rel = c.prepareStatement("INSERT INTO " + T + "RELATIONSHIP\" (\"ID\", \"MENTOR_KEY\", \"MENTEE_KEY\", "
                + "\"KIND\", \"STATUS\", \"PROPOSER_KEY\", \"PROPOSED_AT\", \"STATUS_CHANGED_AT\", \"EXPIRES_AT\", \"REVISION\", "
                + "\"MENTOR_KEEPS_IN_TOUCH\", \"MENTEE_KEEPS_IN_TOUCH\") VALUES (?, ?, ?, 'INFORMAL', ?, ?, ?, ?, ?, ?, ?, ?)");
             PreparedStatement event = c.prepareStatement("INSERT INTO " + T + "REL_EVENT\" (\"RELATIONSHIP_ID\", \"SEQ\", \"EVENT_KEY\", "
                     + "\"TYPE\", \"ACTOR_KEY\", \"ACTOR_ROLE\", \"OCCURRED_AT\", \"FROM_STATUS\", \"TO_STATUS\", \"NOTE\", \"NOTE_VISIBILITY\") "
                     + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
             PreparedStatement agreement = c.prepareStatement("INSERT INTO " + T + "AGREEMENT\" (\"RELATIONSHIP_ID\", \"OBJECTIVES\", "
                     + "\"CADENCE\", \"REVISION\", \"MENTOR_ACCEPTED_REV\", \"MENTEE_ACCEPTED_REV\", \"UPDATED_BY\", \"UPDATED_AT\") "
                     + "VALUES (?, ?, 'EVERY_TWO_WEEKS', 1, 1, 1, ?, ?)");
             PreparedStatement claim = c.prepareStatement("INSERT INTO " + T + "REL_CLAIM\" (\"CLAIM_KEY\", \"KIND\", \"OWNER_KEY\", "
                     + "\"RELATIONSHIP_ID\") VALUES (?, ?, ?, ?)")) {
            for (int id = 1; id <= relationships; id++) {
                int mentor;
                int mentee;
                String status;
                if (id <= 500) {
                    mentor = heavyMentor;
                    mentee = mentors + id;
                    status = id <= 3 ? "ACTIVE" : LATE_STATUSES[id % LATE_STATUSES.length];
                } else if (id <= 505) {
                    mentor = 1 + (id - 500);
                    mentee = lightMentee;
                    status = id == 501 ? "ACTIVE" : LATE_STATUSES[id % LATE_STATUSES.length];
                } else {
                    do {
                        mentor = 10 + random.nextInt(mentors - 10);
                        mentee = mentors + 600 + random.nextInt(users - mentors - 601);
                    } while (!pairs.add(mentor + ":" + mentee));
                    int r = random.nextInt(100);
                    status = r < 40 ? "ACTIVE" : r < 50 ? "PROPOSED" : r < 55 ? "PAUSED" : LATE_STATUSES[r % LATE_STATUSES.length];
                }
                int history = 2 + random.nextInt(7);
                long proposed = now - (long) (random.nextInt(700) + 30) * 86_400_000L;
                rel.setLong(1, id);
                rel.setString(2, key(mentor));
                rel.setString(3, key(mentee));
                rel.setString(4, status);
                rel.setString(5, key(mentee));
                rel.setLong(6, proposed);
                rel.setLong(7, proposed + history * 86_400_000L);
                rel.setLong(8, "PROPOSED".equals(status) ? now + 14 * 86_400_000L : proposed + 14 * 86_400_000L);
                rel.setInt(9, history);
                rel.setBoolean(10, "ALUMNI".equals(status));
                rel.setBoolean(11, "ALUMNI".equals(status));
                rel.addBatch();
                for (int seq = 1; seq <= history; seq++) {
                    event.setLong(1, id);
                    event.setInt(2, seq);
                    event.setString(3, id + ":" + seq);
                    event.setString(4, seq == 1 ? "PROPOSE" : seq % 2 == 0 ? "PAUSE" : "RESUME");
                    event.setString(5, key(seq % 2 == 0 ? mentor : mentee));
                    event.setString(6, seq % 2 == 0 ? "MENTOR" : "MENTEE");
                    event.setLong(7, proposed + seq * 86_400_000L);
                    event.setString(8, seq == 1 ? null : "ACTIVE");
                    event.setString(9, seq == 1 ? "PROPOSED" : "PAUSED");
                    event.setString(10, "Session notes " + seq + " — ünïcødé");
                    event.setString(11, "PAIR");
                    event.addBatch();
                    events++;
                }
                if (id % 2 == 0) {
                    agreement.setLong(1, id);
                    agreement.setString(2, "Objectives for relationship " + id);
                    agreement.setString(3, key(mentor));
                    agreement.setLong(4, proposed);
                    agreement.addBatch();
                }
                if (status.equals("ACTIVE") || status.equals("PROPOSED") || status.equals("PAUSED")) {
                    claim.setString(1, "pair:" + id);
                    claim.setString(2, "PAIR");
                    claim.setString(3, null);
                    claim.setLong(4, id);
                    claim.addBatch();
                }
                members.add(new long[] {id, mentor, mentee});
                if (id % 1000 == 0) {
                    rel.executeBatch();
                    event.executeBatch();
                    agreement.executeBatch();
                    claim.executeBatch();
                    c.commit();
                }
            }
            rel.executeBatch();
            event.executeBatch();
            agreement.executeBatch();
            claim.executeBatch();
            c.commit();
        }
        try (Statement s = c.createStatement()) {
            if (c.getMetaData().getURL().contains("postgresql")) {
                s.execute("SELECT setval('" + T + "RELATIONSHIP_ID_seq\"', " + relationships + ")");
                s.execute("ANALYZE");
            } else {
                s.execute("ALTER TABLE " + T + "RELATIONSHIP\" ALTER COLUMN \"ID\" RESTART WITH " + (relationships + 1));
            }
        }
        c.commit();
        return events;
    }

    private void report(String url, int users, int relationships, long events, double seedSeconds, int iterations,
                        List<Row> rows, long heavy, long light) throws Exception {
        StringBuilder md = new StringBuilder();
        md.append(String.format(Locale.ROOT, "Database: %s. Dataset: %,d users, %,d relationships, %,d history entries, "
                + "%,d agreements, %,d goals (seeded in %.1f s). %,d measured requests per row, after warm-up, one client.%n%n",
                url.contains("postgresql") ? "PostgreSQL " + serverVersion(url) : "HSQLDB (in memory)", users, relationships,
                events, relationships / 2, option("goals"), seedSeconds, iterations));
        md.append("| request | p50 (ms) | p95 (ms) | SQL statements per request |\n|---|---:|---:|---:|\n");
        for (Row r : rows) {
            md.append(String.format(Locale.ROOT, "| %s | %.2f | %.2f | %s |%n", r.name, r.p50, r.p95,
                    r.minStatements == r.maxStatements ? Long.toString(r.maxStatements) : r.minStatements + "–" + r.maxStatements));
        }
        md.append(String.format(Locale.ROOT, "%nList for the mentor with 500 relationships: %d statements; for the mentee with 5: %d.%n",
                heavy, light));
        Path out = Path.of("target/benchmark");
        Files.createDirectories(out);
        Files.writeString(out.resolve("results.md"), md.toString());
        Files.writeString(out.resolve("latency.svg"), svg(rows));
        System.out.println();
        System.out.println(md);
        System.out.println("Written: target/benchmark/results.md and target/benchmark/latency.svg");
    }

    private static String serverVersion(String url) {
        try (Connection c = DriverManager.getConnection(url.replace("mentoring_bench", "postgres"), "postgres", "")) {
            return c.getMetaData().getDatabaseProductVersion();
        } catch (SQLException e) {
            return "";
        }
    }

    /** A horizontal bar chart of p50 and p95 per request, drawn by hand. */
    static String svg(List<Row> rows) {
        int width = 900;
        int left = 360;
        int barHeight = 14;
        int rowHeight = 44;
        int height = 60 + rows.size() * rowHeight;
        double max = rows.stream().mapToDouble(Row::p95).max().orElse(1) * 1.15;
        StringBuilder s = new StringBuilder();
        s.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" font-family=\"sans-serif\" font-size=\"12\">%n", width, height));
        s.append("<rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n");
        s.append("<text x=\"10\" y=\"20\" font-size=\"14\" font-weight=\"bold\">Latency per request (ms): p50 (dark) and p95 (light)</text>\n");
        for (int i = 0; i < rows.size(); i++) {
            Row r = rows.get(i);
            int y = 40 + i * rowHeight;
            double w50 = (width - left - 60) * r.p50 / max;
            double w95 = (width - left - 60) * r.p95 / max;
            s.append(String.format(Locale.ROOT, "<text x=\"10\" y=\"%d\">%s</text>%n", y + 16, r.name.replace("&", "&amp;")));
            s.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"%.1f\" height=\"%d\" fill=\"#0052cc\"/>%n", left, y + 2, w50, barHeight));
            s.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"%.1f\" height=\"%d\" fill=\"#85b8ff\"/>%n", left, y + 2 + barHeight, w95, barHeight));
            s.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\">%.2f</text>%n", left + w50 + 4, y + 14, r.p50));
            s.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\">%.2f</text>%n", left + w95 + 4, y + 28, r.p95));
        }
        s.append("</svg>\n");
        return s.toString();
    }
}
