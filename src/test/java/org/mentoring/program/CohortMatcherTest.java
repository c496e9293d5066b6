package org.mentoring.program;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.Test;
import org.mentoring.people.FitScore;

/** The optimal assignment against an exhaustive search on small random cohorts, and the hard constraints with their reasons. */
public class CohortMatcherTest {
    private final FitScore fit = new FitScore(FitScore.Weights.DEFAULT);
    private final CohortMatcher matcher = new CohortMatcher(fit);

    private static CohortMatcher.Mentee mentee(String key, Set<Long> wants, String... languages) {
        return new CohortMatcher.Mentee(key, new FitScore.Seeker(wants, Set.of(languages), 0));
    }

    private static CohortMatcher.Mentor mentor(String key, Map<Long, Integer> skills, int room, String... languages) {
        return new CohortMatcher.Mentor(key, new FitScore.Candidate(skills, List.of(languages), 0, 10), room);
    }

    @Test
    public void beatsTheGreedyOrderWhereItMatters() {
        // Greedy would give ana the expert (her best), leaving ben, who only fits the expert, unmatched.
        List<CohortMatcher.Mentee> mentees = List.of(mentee("ana", Set.of(1L, 2L), "en"), mentee("ben", Set.of(1L), "en"));
        List<CohortMatcher.Mentor> mentors = List.of(mentor("expert", Map.of(1L, 5, 2L, 5), 1, "en"), mentor("generalist", Map.of(2L, 3), 1, "en", "de"));
        CohortMatcher.Result r = matcher.match(mentees, mentors, (a, b) -> b.equals("generalist") && a.equals("ben"));
        assertEquals(2, r.pairs().size());
        Map<String, String> pairs = new HashMap<>();
        r.pairs().forEach(p -> pairs.put(p.menteeKey(), p.mentorKey()));
        assertEquals("expert", pairs.get("ben"));
        assertEquals("generalist", pairs.get("ana"));
    }

    @Test
    public void unmatchedMenteesSayWhy() {
        List<CohortMatcher.Mentee> mentees = List.of(mentee("jana", Set.of(1L), "cs"), mentee("ann", Set.of(1L), "en"),
                mentee("bob", Set.of(1L), "en"), mentee("same", Set.of(1L), "en"));
        List<CohortMatcher.Mentor> mentors = List.of(mentor("mara", Map.of(1L, 5), 1, "en"), mentor("same", Map.of(1L, 5), 1, "en"));
        CohortMatcher.Result r = matcher.match(mentees, mentors, (a, b) -> a.equals("bob") && b.equals("mara"));
        Map<String, CohortMatcher.Reason> why = new HashMap<>();
        r.unmatched().forEach(u -> why.put(u.menteeKey(), u.reason()));
        assertEquals(CohortMatcher.Reason.LANGUAGE, why.get("jana"));
        assertTrue("never the same person", r.pairs().stream().noneMatch(p -> p.menteeKey().equals(p.mentorKey())));
        assertEquals(2, r.pairs().size());
        assertTrue(r.pairs().stream().anyMatch(p -> p.menteeKey().equals("bob") && p.mentorKey().equals("same")));
        assertEquals(CohortMatcher.Reason.NO_ROOM, matcher.match(mentees, List.of(mentor("x", Map.of(), 0, "en")), (a, b) -> false)
                .unmatched().get(0).reason());
    }

    @Test
    public void optimalOnRandomCohortsAgainstExhaustiveSearch() {
        Random random = new Random(7);
        for (int round = 0; round < 60; round++) {
            int m = 2 + random.nextInt(5);
            int n = 1 + random.nextInt(3);
            List<CohortMatcher.Mentee> mentees = new ArrayList<>();
            for (int i = 0; i < m; i++) {
                Set<Long> wants = new HashSet<>(List.of((long) random.nextInt(5), (long) random.nextInt(5)));
                mentees.add(mentee("e" + i, wants, random.nextInt(4) == 0 ? "cs" : "en"));
            }
            List<CohortMatcher.Mentor> mentors = new ArrayList<>();
            for (int j = 0; j < n; j++) {
                mentors.add(mentor("r" + j, Map.of((long) random.nextInt(5), 1 + random.nextInt(5), (long) (5 + random.nextInt(5)), 3),
                        random.nextInt(3), random.nextBoolean() ? "en" : "cs"));
            }
            Set<String> forbidden = new HashSet<>();
            if (random.nextBoolean()) {
                forbidden.add("e0|r0");
            }
            CohortMatcher.Result r = matcher.match(mentees, mentors, (a, b) -> forbidden.contains(a + "|" + b));
            double[] best = exhaustive(mentees, mentors, forbidden, 0, new int[mentors.size()]);
            assertEquals("matched, round " + round, (int) best[0], r.pairs().size());
            assertEquals("total score, round " + round, best[1], r.totalScore(), 0.011);
            Map<String, Integer> used = new HashMap<>();
            r.pairs().forEach(p -> used.merge(p.mentorKey(), 1, Integer::sum));
            mentors.forEach(x -> assertTrue("capacity", used.getOrDefault(x.key(), 0) <= x.room()));
        }
    }

    /** {matched, total} of the lexicographically best assignment of mentees from {@code i} on. */
    private double[] exhaustive(List<CohortMatcher.Mentee> mentees, List<CohortMatcher.Mentor> mentors, Set<String> forbidden, int i,
                                int[] used) {
        if (i == mentees.size()) {
            return new double[] {0, 0};
        }
        double[] best = exhaustive(mentees, mentors, forbidden, i + 1, used);
        CohortMatcher.Mentee e = mentees.get(i);
        for (int j = 0; j < mentors.size(); j++) {
            CohortMatcher.Mentor r = mentors.get(j);
            boolean speaks = r.candidate().languages().stream().anyMatch(e.seeker().languages()::contains);
            if (used[j] < r.room() && speaks && !forbidden.contains(e.key() + "|" + r.key())) {
                used[j]++;
                double[] rest = exhaustive(mentees, mentors, forbidden, i + 1, used);
                used[j]--;
                double[] with = {rest[0] + 1, rest[1] + fit.total(e.seeker(), r.candidate())};
                if (with[0] > best[0] || with[0] == best[0] && with[1] > best[1] + 1e-9) {
                    best = with;
                }
            }
        }
        return best;
    }
}
