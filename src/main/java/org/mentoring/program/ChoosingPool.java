package org.mentoring.program;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.mentoring.people.FitScore;
import org.mentoring.people.Profile;
import org.mentoring.people.ProfileStore;
import org.mentoring.relationship.MentorCapacity;

/**
 * A program's people as choosing sees them, read in a fixed number of statements: the approved mentors with their
 * room, the approved mentees and whether the program has matched them already, and the hard constraints of manager
 * matching (never the same person, never a pair that is live or that either side declined, withdrew from or ended, nor
 * one a manager forbade, a shared language when the mentee names any). Scores come from {@link FitScore} with the
 * program's weights, seeker and candidate read from profiles as {@link MatchingService} reads them.
 */
final class ChoosingPool {
    private static final Set<String> LIVE = Set.of("PROPOSED", "ACTIVE", "PAUSED");
    private static final Set<String> REFUSED = Set.of("DECLINED", "WITHDRAWN", "ENDED");

    /** Why a pair may not be chosen (null: it may). */
    enum Refusal { SAME_PERSON, EXCLUDED, LANGUAGE, FULL, MATCHED }

    final Program program;
    final Map<String, Enrolment> mentors = new LinkedHashMap<>();
    final Map<String, Enrolment> mentees = new LinkedHashMap<>();
    private final Map<String, Integer> room = new HashMap<>();
    private final Set<String> matchedMentees = new HashSet<>();
    private final Set<String> blocked = new HashSet<>();
    private final Map<String, Profile> profiles;
    private final FitScore fit;

    ChoosingPool(Program p, EnrolmentStore enrolments, MatchingStore matching, ProfileStore profileStore, MentorCapacity capacity) {
        this.program = p;
        this.fit = new FitScore(p.weights());
        List<Enrolment> approved = enrolments.approved(p.id());
        Set<String> keys = new LinkedHashSet<>();
        approved.forEach(e -> keys.add(e.userKey()));
        Map<String, Integer> programLoad = new HashMap<>();
        for (MatchingStore.Between b : matching.between(keys)) {
            boolean live = LIVE.contains(b.status());
            if (live && b.programId() != null && b.programId() == p.id()) {
                programLoad.merge(b.mentorKey(), 1, Integer::sum);
                matchedMentees.add(b.menteeKey());
            }
            if (live || REFUSED.contains(b.status())) {
                blocked.add(pairKey(b.menteeKey(), b.mentorKey()));
            }
        }
        for (MatchRuleEntity r : matching.rules(p.id())) {
            if (MatchingService.RuleKind.FORBID.name().equals(r.getKind())) {
                blocked.add(pairKey(r.getMenteeKey(), r.getMentorKey()));
            }
        }
        List<String> mentorKeys = approved.stream().filter(Enrolment::asMentor).map(Enrolment::userKey).toList();
        Map<String, MentorCapacity.Load> loads = capacity.loads(mentorKeys);
        for (Enrolment e : approved) {
            if (e.asMentee()) {
                mentees.put(e.userKey(), e);
            }
            if (e.asMentor()) {
                mentors.put(e.userKey(), e);
                MentorCapacity.Load own = loads.get(e.userKey());
                int inProgram = e.capacity() != null ? e.capacity() : p.mentorCap() != null ? p.mentorCap() : own.capacity();
                if (p.mentorCap() != null) {
                    inProgram = Math.min(inProgram, p.mentorCap());
                }
                int left = Math.min(inProgram - programLoad.getOrDefault(e.userKey(), 0), own.capacity() - own.active());
                room.put(e.userKey(), Math.max(0, left));
            }
        }
        profiles = profileStore.profilesOf(keys);
    }

    /** How many more mentees the mentor may take in the program now (0 for anyone not an approved mentor). */
    int room(String mentorKey) {
        return room.getOrDefault(mentorKey, 0);
    }

    boolean matched(String menteeKey) {
        return matchedMentees.contains(menteeKey);
    }

    Optional<Enrolment> mentor(String key) {
        return Optional.ofNullable(mentors.get(key));
    }

    Optional<Enrolment> mentee(String key) {
        return Optional.ofNullable(mentees.get(key));
    }

    /** Why this pair may not be chosen now, hard constraints first, then room and whether the mentee is matched. */
    Refusal refusal(String menteeKey, String mentorKey) {
        if (menteeKey.equals(mentorKey)) {
            return Refusal.SAME_PERSON;
        }
        if (blocked.contains(pairKey(menteeKey, mentorKey))) {
            return Refusal.EXCLUDED;
        }
        Set<String> languages = seeker(menteeKey).languages();
        if (!languages.isEmpty() && profile(mentorKey).languages().stream().noneMatch(languages::contains)) {
            return Refusal.LANGUAGE;
        }
        if (matched(menteeKey)) {
            return Refusal.MATCHED;
        }
        if (room(mentorKey) <= 0) {
            return Refusal.FULL;
        }
        return null;
    }

    /** The pair's score explained, from both profiles as they are now. */
    FitScore.Fit score(String menteeKey, String mentorKey) {
        return fit.score(seeker(menteeKey), MatchingService.candidate(profile(mentorKey)));
    }

    private FitScore.Seeker seeker(String key) {
        return MatchingService.seeker(profile(key));
    }

    private Profile profile(String key) {
        return profiles.getOrDefault(key, Profile.empty(key));
    }

    private static String pairKey(String mentee, String mentor) {
        return mentee + "\n" + mentor;
    }
}
