package org.mentoring.benchmark;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.mentoring.people.FitScore;
import org.mentoring.program.CohortMatcher;

/**
 * The cohort matching benchmark (not a test): 2,000 mentees and 500 mentors (capacity 1–5, 40 skills, 5 languages),
 * matched by {@link CohortMatcher} (the optimal min-cost flow) and by {@link GreedyMatching} (the rank-order pass) in
 * the same run, alternately, several times each. Reports time to compute, mentees matched and total score.
 * {@code mvn -Pbenchmark -Dbenchmark.main=org.mentoring.benchmark.MatchingBenchmark -Dexec.args="--mentees 2000 --mentors 500"}.
 */
public final class MatchingBenchmark {
    private static final String[] LANGUAGES = {"en", "de", "cs", "fr", "es"};

    private MatchingBenchmark() {
    }

    /** A reproducible cohort: every mentee wants 1–4 skills and speaks 1–2 languages; mentors mentor 2–6 skills. */
    static Cohort cohort(int menteeCount, int mentorCount, int skills, long seed) {
        Random random = new Random(seed);
        List<CohortMatcher.Mentee> mentees = new ArrayList<>();
        for (int i = 0; i < menteeCount; i++) {
            Set<Long> wanted = new HashSet<>();
            int k = 1 + random.nextInt(4);
            while (wanted.size() < k) {
                wanted.add((long) (1 + random.nextInt(skills)));
            }
            mentees.add(new CohortMatcher.Mentee("mentee-" + i, new FitScore.Seeker(wanted, languages(random),
                    60 * (random.nextInt(13) - 6))));
        }
        List<CohortMatcher.Mentor> mentors = new ArrayList<>();
        for (int j = 0; j < mentorCount; j++) {
            Map<Long, Integer> levels = new LinkedHashMap<>();
            int k = 2 + random.nextInt(5);
            while (levels.size() < k) {
                levels.put((long) (1 + random.nextInt(skills)), 1 + random.nextInt(5));
            }
            mentors.add(new CohortMatcher.Mentor("mentor-" + j, new FitScore.Candidate(levels, List.copyOf(languages(random)),
                    60 * (random.nextInt(13) - 6), 2 + random.nextInt(15)), 1 + random.nextInt(5)));
        }
        return new Cohort(mentees, mentors);
    }

    record Cohort(List<CohortMatcher.Mentee> mentees, List<CohortMatcher.Mentor> mentors) {
    }

    private static Set<String> languages(Random random) {
        Set<String> spoken = new HashSet<>();
        // Most speak English; the other four languages are rarer, so some mentees find nobody who speaks theirs.
        if (random.nextInt(10) < 7) {
            spoken.add("en");
        }
        while (spoken.isEmpty() || spoken.size() < 2 && random.nextInt(3) == 0) {
            spoken.add(LANGUAGES[1 + random.nextInt(LANGUAGES.length - 1)]);
        }
        return spoken;
    }

    public static void main(String[] args) {
        Map<String, String> o = new HashMap<>(Map.of("mentees", "2000", "mentors", "500", "skills", "40", "runs", "5", "seed", "12"));
        for (int i = 0; i + 1 < args.length; i += 2) {
            o.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        Cohort c = cohort(Integer.parseInt(o.get("mentees")), Integer.parseInt(o.get("mentors")), Integer.parseInt(o.get("skills")),
                Long.parseLong(o.get("seed")));
        int capacity = c.mentors().stream().mapToInt(CohortMatcher.Mentor::room).sum();
        FitScore fit = new FitScore(FitScore.Weights.DEFAULT);
        CohortMatcher optimal = new CohortMatcher(fit);
        GreedyMatching greedy = new GreedyMatching(fit);
        int runs = Integer.parseInt(o.get("runs"));
        List<Long> optimalMs = new ArrayList<>();
        List<Long> greedyMs = new ArrayList<>();
        CohortMatcher.Result best = null;
        CohortMatcher.Result rank = null;
        for (int run = 0; run <= runs; run++) {
            long t0 = System.nanoTime();
            best = optimal.match(c.mentees(), c.mentors(), (a, b) -> false);
            long t1 = System.nanoTime();
            rank = greedy.match(c.mentees(), c.mentors(), (a, b) -> false);
            long t2 = System.nanoTime();
            if (run > 0) { // the first is the warm-up
                optimalMs.add((t1 - t0) / 1_000_000);
                greedyMs.add((t2 - t1) / 1_000_000);
            }
        }
        optimalMs.sort(null);
        greedyMs.sort(null);
        System.out.printf("Cohort: %d mentees, %d mentors, %d places, %s skills, %d languages; %d measured runs each%n",
                c.mentees().size(), c.mentors().size(), capacity, o.get("skills"), LANGUAGES.length, runs);
        System.out.println("| matching | median time (ms) | max time (ms) | mentees matched | total score | mean score per pair |");
        System.out.println("|---|---:|---:|---:|---:|---:|");
        row("Optimal (min-cost flow, JGraphT), rounds " + best.rounds(), optimalMs, best);
        row("Greedy rank-order baseline", greedyMs, rank);
        System.out.printf("Ratios optimal / greedy: matched %.3f, total score %.3f, time %.2f%n",
                best.pairs().size() / (double) rank.pairs().size(), best.totalScore() / rank.totalScore(),
                optimalMs.get(optimalMs.size() / 2) / (double) Math.max(1, greedyMs.get(greedyMs.size() / 2)));
    }

    private static void row(String name, List<Long> ms, CohortMatcher.Result r) {
        System.out.printf("| %s | %d | %d | %d | %.2f | %.2f |%n", name, ms.get(ms.size() / 2), ms.get(ms.size() - 1),
                r.pairs().size(), r.totalScore(), r.totalScore() / Math.max(1, r.pairs().size()));
    }
}
