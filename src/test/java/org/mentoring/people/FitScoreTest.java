package org.mentoring.people;

import static org.junit.Assert.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.Test;

/** The fit score's terms, one by one, and with a program's own weights. */
public class FitScoreTest {
    private final FitScore score = new FitScore(FitScore.Weights.DEFAULT);

    @Test
    public void skillsCountByTheMentorsLevelAndOnlyWhenWanted() {
        FitScore.Fit fit = score.score(new FitScore.Seeker(Set.of(1L, 2L), Set.of(), null),
                new FitScore.Candidate(Map.of(1L, 5, 2L, 1, 3L, 5), List.of(), null, null));
        assertEquals(List.of(new FitScore.Term("skills", 12.0)), fit.terms());
        assertEquals(Set.of(1L, 2L), Set.copyOf(fit.matchedSkills()));
    }

    @Test
    public void timeZoneDistanceFadesOverTwelveHoursAndAvailabilityCapsAtTenHours() {
        FitScore.Fit near = score.score(new FitScore.Seeker(Set.of(), Set.of("cs"), 60),
                new FitScore.Candidate(Map.of(), List.of("cs", "en"), 0, 20));
        assertEquals(List.of(new FitScore.Term("language", 3.0), new FitScore.Term("timeZone", 1.83),
                new FitScore.Term("availability", 1.0)), near.terms());
        assertEquals(Integer.valueOf(1), near.hoursApart());
        FitScore.Fit far = score.score(new FitScore.Seeker(Set.of(), Set.of("de"), 9 * 60),
                new FitScore.Candidate(Map.of(), List.of("cs"), -5 * 60, 5));
        assertEquals("no shared language, 14 hours apart: only availability scores",
                List.of(new FitScore.Term("availability", 0.5)), far.terms());
    }

    @Test
    public void aProgramsWeightsChangeTheRanking() {
        FitScore languageFirst = new FitScore(new FitScore.Weights(1, 50, 0, 0));
        FitScore.Seeker seeker = new FitScore.Seeker(Set.of(1L), Set.of("cs"), null);
        FitScore.Candidate expert = new FitScore.Candidate(Map.of(1L, 5), List.of("en"), null, null);
        FitScore.Candidate speaker = new FitScore.Candidate(Map.of(), List.of("cs"), null, null);
        assertEquals(true, score.score(seeker, expert).total() > score.score(seeker, speaker).total());
        assertEquals(true, languageFirst.score(seeker, speaker).total() > languageFirst.score(seeker, expert).total());
    }

    @Test
    public void theQuickTotalIsTheExplainedScoresTotal() {
        java.util.Random random = new java.util.Random(3);
        FitScore fit = new FitScore(new FitScore.Weights(7.5, 3, 2.25, 1.1));
        for (int n = 0; n < 2000; n++) {
            java.util.Map<Long, Integer> skills = new java.util.HashMap<>();
            for (int k = 0; k < 4; k++) {
                skills.put((long) random.nextInt(8), 1 + random.nextInt(5));
            }
            FitScore.Seeker seeker = new FitScore.Seeker(java.util.Set.of((long) random.nextInt(8), 8L + random.nextInt(2)),
                    java.util.Set.of(random.nextBoolean() ? "en" : "de"), random.nextBoolean() ? null : 30 * random.nextInt(40));
            FitScore.Candidate mentor = new FitScore.Candidate(skills, java.util.List.of(random.nextBoolean() ? "en" : "cs"),
                    random.nextBoolean() ? null : 30 * random.nextInt(40), random.nextBoolean() ? null : random.nextInt(20));
            org.junit.Assert.assertEquals(fit.score(seeker, mentor).total(), fit.total(seeker, mentor), 0.0);
        }
    }
}
