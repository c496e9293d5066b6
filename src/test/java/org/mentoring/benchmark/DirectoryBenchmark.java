package org.mentoring.benchmark;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import net.java.ao.EntityManager;
import org.mentoring.host.Person;
import org.mentoring.host.standalone.Databases;
import org.mentoring.host.standalone.InMemoryUserDirectory;
import org.mentoring.host.standalone.StandaloneApp;
import org.mentoring.paging.PageRequest;
import org.mentoring.people.DirectoryFilter;
import org.mentoring.people.FitScore;
import org.mentoring.testing.CountingDataSource;

/**
 * The mentor directory benchmark (not a test): 50,000 people, 5,000 of them mentors with 3–8 skills each, and a
 * seeker wanting two skills. Measures the directory's service call (filters, ranking by {@link FitScore} over every
 * matching mentor, the page's loads) against the same query written by hand in JDBC (one statement for the mentors'
 * rows ranked by the same score, one for the page's limits and one for its slots), round-robin in the same run.
 * {@code mvn -Pbenchmark -Dexec.args="directory --url jdbc:postgresql://127.0.0.1:5432/DB --user U --password P"}.
 */
public final class DirectoryBenchmark {
    private static final String T = RelationshipBenchmark.T;
    private static final int SKILLS = 40;

    private DirectoryBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> o = new LinkedHashMap<>(Map.of("url", "jdbc:hsqldb:mem:directory;hsqldb.tx=mvcc", "user", "SA",
                "password", "", "people", "50000", "mentors", "5000", "iterations", "300"));
        for (int i = 0; i + 1 < args.length; i += 2) {
            o.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        int peopleCount = Integer.parseInt(o.get("people"));
        int mentors = Integer.parseInt(o.get("mentors"));
        List<Person> people = new ArrayList<>();
        for (int i = 0; i < peopleCount; i++) {
            people.add(new Person("du-" + i, "dir" + i, "Directory Person " + i, true));
        }
        String url = o.get("url");
        EntityManager em = Databases.open(url, o.get("user"), o.get("password"), url.contains("postgresql") ? "public" : null,
                CountingDataSource::wrap);
        StandaloneApp app = StandaloneApp.create(em, new InMemoryUserDirectory(people, Set.of("du-0")), Clock.systemUTC());
        app.graph.scope().setOrgWide(true);
        try (Connection c = DriverManager.getConnection(url, o.get("user"), o.get("password"))) {
            seed(c, app, mentors);
        }
        String seeker = "du-" + (peopleCount - 1);
        app.graph.profiles().save(seeker, seeker, new org.mentoring.people.ProfileInput(false, true, List.of(),
                List.of(new org.mentoring.people.ProfileInput.SkillLevelInput("Skill 3", 1),
                        new org.mentoring.people.ProfileInput.SkillLevelInput("Skill 7", 1)), List.of("cs"), "Europe/Prague",
                null, null, null, false, null));
        Map<String, Long> skillIds = app.graph.skills().resolve(List.of("Skill 3", "Skill 7", "Skill 11"));
        long filterSkill = skillIds.get("skill 11");
        Set<Long> wanted = Set.of(skillIds.get("skill 3"), skillIds.get("skill 7"), filterSkill);
        FitScore fit = new FitScore(FitScore.Weights.DEFAULT);
        int n = Integer.parseInt(o.get("iterations"));
        DirectoryFilter filter = new DirectoryFilter(List.of("Skill 11"), null, false, null, null, null);
        try (Connection raw = DriverManager.getConnection(url, o.get("user"), o.get("password"))) {
            Map<String, RelationshipBenchmark.Call> calls = new LinkedHashMap<>();
            calls.put("Directory: by skill, ranked, page of 20 (service)", i -> counted(() ->
                    app.graph.directory().search(seeker, filter, PageRequest.first(20)).total()));
            calls.put("Directory: same query by hand in JDBC", i -> byHand(raw, fit, wanted, filterSkill, 20)[1]);
            calls.put("Directory: all mentors, ranked, page of 20 (service)", i -> counted(() ->
                    app.graph.directory().search(seeker, DirectoryFilter.none(), PageRequest.first(20)).total()));
            calls.put("Directory: all mentors by hand in JDBC", i -> byHand(raw, fit, wanted, null, 20)[1]);
            System.out.println("total by service " + app.graph.directory().search(seeker, filter, PageRequest.first(20)).total()
                    + ", by hand " + byHand(raw, fit, wanted, filterSkill, 20)[0]);
            measure(calls, n);
        }
        System.exit(0);
    }

    interface Work {
        long run() throws Exception;
    }

    private static long counted(Work work) throws Exception {
        long before = CountingDataSource.executed();
        work.run();
        return CountingDataSource.executed() - before;
    }

    /** The same directory query by hand: the mentors' rows, ranked by the same score, and the page's load. {matches, statements} */
    static long[] byHand(Connection c, FitScore fit, Set<Long> wanted, Long filterSkill, int size) throws Exception {
        // PROFILE.RANKING: "offset;hours;reverse;|langs|;|skill:level|;time zone", the columns the app's read uses.
        String sql = "SELECT \"USER_KEY\", \"RANKING\" FROM " + T + "PROFILE\" WHERE \"IN_DIRECTORY\" = ?"
                + (filterSkill == null ? "" : " AND \"MENTOR_SKILLS\" LIKE ?");
        record Ranked(String key, FitScore.Candidate candidate, double score) {
        }
        List<Ranked> ranked = new ArrayList<>();
        FitScore.Seeker seeker = new FitScore.Seeker(wanted, Set.of("cs"), 60);
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setBoolean(1, true);
            if (filterSkill != null) {
                ps.setString(2, "%|" + filterSkill + ":%");
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String[] parts = rs.getString(2).split(";", -1);
                    Map<Long, Integer> skills = new LinkedHashMap<>();
                    for (String part : parts[4].split("\\|")) {
                        int colon = part.indexOf(':');
                        if (colon > 0) {
                            skills.put(Long.parseLong(part.substring(0, colon)), Integer.parseInt(part.substring(colon + 1)));
                        }
                    }
                    List<String> langs = Arrays.stream(parts[3].split("\\|")).filter(s -> !s.isEmpty()).toList();
                    Integer offset = parts[0].isEmpty() ? null : Integer.valueOf(parts[0]);
                    Integer hours = parts[1].isEmpty() ? null : Integer.valueOf(parts[1]);
                    FitScore.Candidate candidate = new FitScore.Candidate(skills, langs, offset, hours);
                    ranked.add(new Ranked(rs.getString(1), candidate, fit.total(seeker, candidate)));
                }
            }
        }
        ranked.sort(Comparator.comparingDouble((Ranked r) -> -r.score()).thenComparing(Ranked::key));
        List<Ranked> shown = ranked.subList(0, Math.min(size, ranked.size()));
        shown.forEach(r -> fit.score(seeker, r.candidate())); // the page explains why each mentor ranks there, as the service's does
        List<String> page = shown.stream().map(Ranked::key).toList();
        long statements = 1;
        if (!page.isEmpty()) {
            statements += 2;
            String marks = String.join(", ", java.util.Collections.nCopies(page.size(), "?"));
            for (String q : List.of("SELECT \"USER_KEY\", \"CAPACITY\" FROM " + T + "MENTOR_CAPACITY\" WHERE \"USER_KEY\" IN (" + marks + ")",
                    "SELECT \"OWNER_KEY\" FROM " + T + "REL_CLAIM\" WHERE \"KIND\" = 'SLOT' AND \"OWNER_KEY\" IN (" + marks + ")")) {
                try (PreparedStatement ps = c.prepareStatement(q)) {
                    for (int i = 0; i < page.size(); i++) {
                        ps.setString(i + 1, page.get(i));
                    }
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            rs.getString(1);
                        }
                    }
                }
            }
        }
        return new long[] {ranked.size(), statements};
    }

    /** 40 catalogue skills through the service; 5,000 mentor profiles with 3–8 skills each written by JDBC. */
    private static void seed(Connection c, StandaloneApp app, int mentors) throws Exception {
        try (Statement s = c.createStatement()) {
            for (String table : List.of("PROFILE", "SKILL_TERM", "SKILL")) {
                s.execute("DELETE FROM " + T + table + "\"");
            }
        }
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < SKILLS; i++) {
            ids.add(app.graph.skills().create("du-0", new org.mentoring.people.SkillInput("Skill " + i, null, List.of("Synonym " + i))).id());
        }
        Random random = new Random(42);
        String[] langs = {"|en|", "|cs|en|", "|de|en|", "|sv|", "|cs|"};
        int[] offsets = {-300, 0, 60, 60, 120, 330, 540};
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + T + "PROFILE\" (\"USER_KEY\", \"OFFERS\", \"SEEKS\", \"REVERSE\", "
                + "\"IN_DIRECTORY\", \"LANGS\", \"UTC_OFFSET\", \"HOURS\", \"MENTOR_SKILLS\", \"UPDATED_AT\", \"RANKING\") "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (int m = 0; m < mentors; m++) {
                Map<Long, Integer> skills = new LinkedHashMap<>();
                int count = 3 + random.nextInt(6);
                while (skills.size() < count) {
                    skills.put(ids.get(random.nextInt(ids.size())), 1 + random.nextInt(5));
                }
                StringBuilder text = new StringBuilder("|");
                skills.forEach((id, level) -> text.append(id).append(':').append(level).append('|'));
                ps.setString(1, "du-" + (1 + m * 9));
                ps.setBoolean(2, true);
                ps.setBoolean(3, false);
                ps.setBoolean(4, false);
                ps.setBoolean(5, true);
                ps.setString(6, langs[m % langs.length]);
                ps.setInt(7, offsets[m % offsets.length]);
                ps.setInt(8, 1 + m % 12);
                ps.setString(9, text.toString());
                ps.setLong(10, 0L);
                ps.setString(11, org.mentoring.people.RankingColumn.write(offsets[m % offsets.length], 1 + m % 12, false,
                        langs[m % langs.length], text.toString(), null));
                ps.addBatch();
                if (m % 500 == 499) {
                    ps.executeBatch();
                }
            }
            if (mentors % 500 != 0) {
                ps.executeBatch(); // HSQLDB refuses an empty batch
            }
        }
        if (!c.getAutoCommit()) {
            c.commit();
        }
    }

    private static void measure(Map<String, RelationshipBenchmark.Call> calls, int iterations) throws Exception {
        List<RelationshipBenchmark.Call> list = new ArrayList<>(calls.values());
        for (int i = 0; i < Math.max(100, iterations / 2); i++) {
            for (RelationshipBenchmark.Call call : list) {
                call.run(i);
            }
        }
        double[][] millis = new double[list.size()][iterations];
        long[] statements = new long[list.size()];
        for (int i = 0; i < iterations; i++) {
            for (int c = 0; c < list.size(); c++) {
                long start = System.nanoTime();
                statements[c] = Math.max(statements[c], list.get(c).run(i));
                millis[c][i] = (System.nanoTime() - start) / 1e6;
            }
        }
        int c = 0;
        for (String name : calls.keySet()) {
            Arrays.sort(millis[c]);
            System.out.printf(Locale.ROOT, "| %s | %.2f | %.2f | %d |%n", name, pct(millis[c], 50), pct(millis[c], 95), statements[c]);
            c++;
        }
    }

    private static double pct(double[] sorted, int p) {
        return sorted[Math.max(0, Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1))];
    }

}
