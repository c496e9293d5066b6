package org.mentoring.benchmark;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiPredicate;
import org.mentoring.people.FitScore;
import org.mentoring.program.CohortMatcher;

/**
 * The baseline most mentoring tools use: a rank-order pass — each mentee in turn (in enrolment order) takes the
 * best-scoring mentor who still has room, under the same hard constraints as {@link CohortMatcher}.
 */
final class GreedyMatching {
    private final FitScore fit;

    GreedyMatching(FitScore fit) {
        this.fit = fit;
    }

    CohortMatcher.Result match(List<CohortMatcher.Mentee> mentees, List<CohortMatcher.Mentor> mentors,
                               BiPredicate<String, String> excluded) {
        Map<String, Integer> room = new HashMap<>();
        mentors.forEach(m -> room.put(m.key(), m.room()));
        List<CohortMatcher.Pair> pairs = new ArrayList<>();
        List<CohortMatcher.Unmatched> unmatched = new ArrayList<>();
        double total = 0;
        for (CohortMatcher.Mentee mentee : mentees) {
            CohortMatcher.Mentor best = null;
            double bestScore = -1;
            for (CohortMatcher.Mentor mentor : mentors) {
                if (room.get(mentor.key()) <= 0 || mentor.key().equals(mentee.key()) || excluded.test(mentee.key(), mentor.key())) {
                    continue;
                }
                if (!mentee.seeker().languages().isEmpty()
                        && mentor.candidate().languages().stream().noneMatch(mentee.seeker().languages()::contains)) {
                    continue;
                }
                double score = fit.total(mentee.seeker(), mentor.candidate());
                if (score > bestScore) {
                    best = mentor;
                    bestScore = score;
                }
            }
            if (best == null) {
                unmatched.add(new CohortMatcher.Unmatched(mentee.key(), CohortMatcher.Reason.FULL, 0));
            } else {
                room.merge(best.key(), -1, Integer::sum);
                pairs.add(new CohortMatcher.Pair(mentee.key(), best.key(), bestScore));
                total += bestScore;
            }
        }
        return new CohortMatcher.Result(pairs, unmatched, Math.round(total * 100) / 100.0, 1);
    }
}
