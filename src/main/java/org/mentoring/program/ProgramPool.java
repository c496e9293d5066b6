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
 * A program's people as matching and choosing see them, read in a fixed number of statements ({@link #read}): the
 * approved mentors with their room (the program's cap, the enrolment's and the mentor's own capacity, less what they
 * already carry), the approved mentees and whether the program has matched them already, and the hard constraints:
 * never the same person, never two people who are live together already or of whom either side declined, withdrew
 * from or ended a relationship (in either direction), nor a pair a manager forbade, and a shared language when the
 * mentee names any. Scores come from {@link FitScore} with the program's weights. One home for manager matching
 * ({@link MatchingService}) and choosing ({@link ApplicationService}), so both refuse the same pairs.
 */
public final class ProgramPool {
    private static final Set<String> LIVE = Set.of("PROPOSED", "ACTIVE", "PAUSED");
    /** Either side said no to this pair before: declined, withdrew the proposal, or ended the relationship early. */
    private static final Set<String> REFUSED = Set.of("DECLINED", "WITHDRAWN", "ENDED");

    /** Why a pair may not be chosen (null: it may); the first three are the hard constraints. */
    enum Refusal { SAME_PERSON, EXCLUDED, LANGUAGE, MATCHED, FULL }

    /** Reads programs' pools: built once in the composition root, shared by matching and choosing. */
    public static final class Reader {
        private final EnrolmentStore enrolments;
        private final MatchingStore matching;
        private final ProfileStore profiles;
        private final MentorCapacity capacity;

        public Reader(EnrolmentStore enrolments, MatchingStore matching, ProfileStore profiles, MentorCapacity capacity) {
            this.enrolments = enrolments;
            this.matching = matching;
            this.profiles = profiles;
            this.capacity = capacity;
        }

        ProgramPool read(Program p) {
            return new ProgramPool(p, this);
        }
    }

    final Program program;
    /** Every approved mentor and mentee, in enrolment order (matched or not). */
    final Map<String, Enrolment> mentors = new LinkedHashMap<>();
    final Map<String, Enrolment> mentees = new LinkedHashMap<>();
    /** The program's pin and forbid rules, as stored. */
    final List<MatchRuleEntity> rules;
    private final Map<String, Integer> room = new HashMap<>();
    private final Set<String> matchedMentees = new HashSet<>();
    private final Set<String> blocked = new HashSet<>();
    private final Map<String, Profile> profiles;
    private final FitScore fit;

    private ProgramPool(Program p, Reader from) {
        this.program = p;
        this.fit = new FitScore(p.weights());
        List<Enrolment> approved = from.enrolments.approved(p.id());
        Set<String> keys = new LinkedHashSet<>();
        approved.forEach(e -> keys.add(e.userKey()));
        Map<String, Integer> programLoad = new HashMap<>();
        for (MatchingStore.Between b : from.matching.between(keys)) {
            boolean live = LIVE.contains(b.status());
            if (live && b.programId() != null && b.programId() == p.id()) {
                programLoad.merge(b.mentorKey(), 1, Integer::sum);
                matchedMentees.add(b.menteeKey());
            }
            if (live || REFUSED.contains(b.status())) {
                blocked.add(pairKey(b.menteeKey(), b.mentorKey()));
                blocked.add(pairKey(b.mentorKey(), b.menteeKey()));
            }
        }
        rules = from.matching.rules(p.id());
        for (MatchRuleEntity r : rules) {
            if (MatchingService.RuleKind.FORBID.name().equals(r.getKind())) {
                blocked.add(pairKey(r.getMenteeKey(), r.getMentorKey()));
            }
        }
        List<String> mentorKeys = approved.stream().filter(Enrolment::asMentor).map(Enrolment::userKey).toList();
        Map<String, MentorCapacity.Load> loads = from.capacity.loads(mentorKeys);
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
        profiles = from.profiles.profilesOf(keys);
    }

    /** How many more mentees the mentor may take in the program now (0 for anyone not an approved mentor). */
    int room(String mentorKey) {
        return room.getOrDefault(mentorKey, 0);
    }

    /** Whether the mentee is in a live relationship of this program already. */
    boolean matched(String menteeKey) {
        return matchedMentees.contains(menteeKey);
    }

    Optional<Enrolment> mentor(String key) {
        return Optional.ofNullable(mentors.get(key));
    }

    Optional<Enrolment> mentee(String key) {
        return Optional.ofNullable(mentees.get(key));
    }

    /** The hard constraints alone (room and whether the mentee is matched aside). */
    boolean allowed(String menteeKey, String mentorKey) {
        return hardRefusal(menteeKey, mentorKey) == null;
    }

    /** Why this pair may not be chosen now, hard constraints first, then whether the mentee is matched, then room. */
    Refusal refusal(String menteeKey, String mentorKey) {
        Refusal hard = hardRefusal(menteeKey, mentorKey);
        if (hard != null) {
            return hard;
        }
        if (matched(menteeKey)) {
            return Refusal.MATCHED;
        }
        return room(mentorKey) <= 0 ? Refusal.FULL : null;
    }

    private Refusal hardRefusal(String menteeKey, String mentorKey) {
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
        return null;
    }

    /** The pair's score explained, from both profiles as they are now. */
    FitScore.Fit score(String menteeKey, String mentorKey) {
        return fit.score(seeker(menteeKey), candidate(mentorKey));
    }

    FitScore fit() {
        return fit;
    }

    Profile profile(String key) {
        return profiles.getOrDefault(key, Profile.empty(key));
    }

    FitScore.Seeker seeker(String key) {
        return seeker(profile(key));
    }

    FitScore.Candidate candidate(String key) {
        return candidate(profile(key));
    }

    static FitScore.Seeker seeker(Profile p) {
        return new FitScore.Seeker(p.grows().keySet(), new HashSet<>(p.languages()), p.utcOffsetMinutes());
    }

    static FitScore.Candidate candidate(Profile p) {
        return new FitScore.Candidate(p.mentors(), p.languages(), p.utcOffsetMinutes(), p.hoursPerMonth());
    }

    private static String pairKey(String mentee, String mentor) {
        return mentee + "\n" + mentor;
    }
}
