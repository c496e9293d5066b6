package org.mentoring.program;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.mentoring.access.AccessPolicy;
import org.mentoring.access.Action;
import org.mentoring.access.Parties;
import org.mentoring.access.ProgramAction;
import org.mentoring.error.ConcurrentWrites;
import org.mentoring.error.ConflictException;
import org.mentoring.error.ForbiddenException;
import org.mentoring.error.NotFoundException;
import org.mentoring.error.Problem;
import org.mentoring.error.Problems;
import org.mentoring.error.RuleViolationException;
import org.mentoring.host.AuditLog;
import org.mentoring.host.StoreException;
import org.mentoring.host.Transactions;
import org.mentoring.host.UserDirectory;
import org.mentoring.paging.Page;
import org.mentoring.paging.PageRequest;
import org.mentoring.people.FitScore;
import org.mentoring.people.Profile;
import org.mentoring.people.ProfileStore;
import org.mentoring.relationship.RelationshipService;

/**
 * A program's manager matching: its managers (and administrators) run the engine over the approved enrolments, pin
 * or forbid pairs and run again, then publish — each pair becomes a formal relationship proposal through the usual
 * proposal flow. Hard constraints: room (the program's cap, the enrolment's and the mentor's own capacity, less what
 * they already carry), never the same person, never a pair that is live already or that either side ended, declined
 * or withdrew from before, a shared language when the mentee names any, and the roles enrolled. Managers run their
 * program's matching as they decide its enrolments ({@link ProgramAction#DECIDE_ENROLMENT}); anyone else finds nothing.
 */
public final class MatchingService {
    private static final Set<ProgramStatus> MATCHING = Set.of(ProgramStatus.OPEN, ProgramStatus.RUNNING);

    public enum RuleKind { PIN, FORBID }

    /** A run's summary. */
    public record Run(long programId, int seq, String ranBy, long ranAt, int matched, int unmatched, double totalScore,
                      String publishedBy, Long publishedAt) {
    }

    /**
     * A proposed pair with its score explained from both people's profiles now; once published, where its proposal
     * stands ({@code standing}, null before publishing or once the relationship left the program).
     */
    public record ProposedPair(long id, String menteeKey, String mentorKey, double score, boolean pinned, FitScore.Fit fit,
                               Long relationshipId, String problem, Standing standing) {
    }

    /** Where a published pair stands, as the program's managers may see it. */
    public enum Outcome { WAITING_FOR_BOTH, WAITING_FOR_MENTOR, WAITING_FOR_MENTEE, LIVE, DECLINED, OTHER }

    /**
     * A published pair's relationship as its program's managers may see it — its existence and status (the access
     * policy's SEE_RELATIONSHIP), and while it is proposed, whose acceptance it waits for; once declined, which of
     * its two members declined it ({@code declinedBy}, null if its history does not say); never its content.
     */
    public record Standing(Outcome outcome, String status, String declinedBy) {
    }

    public record UnmatchedMentee(long id, String menteeKey, CohortMatcher.Reason reason, String detail) {
    }

    public record Rule(long id, String menteeKey, String mentorKey, RuleKind kind) {
    }

    /** What publishing did: proposals made, and the pairs that could not be proposed (with why). */
    public record Published(Run run, int proposed, List<ProposedPair> failed) {
    }

    private final MatchingStore store;
    private final ProgramPool.Reader pools;
    private final ProgramStore programs;
    private final ProfileStore profiles;
    private final RelationshipService relationships;
    private final AccessPolicy access;
    private final UserDirectory users;
    private final Transactions transactions;
    private final Clock clock;
    private final AuditLog audit;

    public MatchingService(MatchingStore store, ProgramPool.Reader pools, ProgramStore programs, ProfileStore profiles,
                           RelationshipService relationships, AccessPolicy access, UserDirectory users,
                           Transactions transactions, Clock clock, AuditLog audit) {
        this.store = store;
        this.pools = pools;
        this.programs = programs;
        this.profiles = profiles;
        this.relationships = relationships;
        this.access = access;
        this.users = users;
        this.transactions = transactions;
        this.clock = clock;
        this.audit = audit;
    }

    /** The latest run, if any. */
    public Optional<Run> latest(String viewerKey, long programId) {
        manage(viewerKey, programId, false);
        return store.latestRun(programId).map(MatchingService::run);
    }

    /** Runs the engine over the program's pool (pinned pairs first) and keeps the result as the program's next run. */
    public Run run(String actorKey, long programId) {
        Program p = manage(actorKey, programId, true);
        requireManagerMatching(p);
        ProgramPool pool = pools.read(p);
        Set<String> menteesLeft = new LinkedHashSet<>();
        pool.mentees.keySet().stream().filter(k -> !pool.matched(k)).forEach(menteesLeft::add);
        Map<String, Integer> room = new HashMap<>();
        pool.mentors.keySet().forEach(k -> room.put(k, pool.room(k)));
        List<CohortMatcher.Pair> pinned = new ArrayList<>();
        for (MatchRuleEntity rule : pool.rules) {
            String mentee = rule.getMenteeKey();
            String mentor = rule.getMentorKey();
            if (RuleKind.PIN.name().equals(rule.getKind()) && menteesLeft.contains(mentee) && room.getOrDefault(mentor, 0) > 0
                    && pool.allowed(mentee, mentor)) {
                pinned.add(new CohortMatcher.Pair(mentee, mentor, pool.fit().total(pool.seeker(mentee), pool.candidate(mentor))));
                menteesLeft.remove(mentee);
                room.merge(mentor, -1, Integer::sum);
            }
        }
        List<CohortMatcher.Mentee> mentees = new ArrayList<>();
        menteesLeft.forEach(k -> mentees.add(new CohortMatcher.Mentee(k, pool.seeker(k))));
        List<CohortMatcher.Mentor> mentors = new ArrayList<>();
        pool.mentors.keySet().forEach(k -> mentors.add(new CohortMatcher.Mentor(k, pool.candidate(k), Math.max(0, room.get(k)))));
        CohortMatcher.Result result = new CohortMatcher(pool.fit()).match(mentees, mentors, (mentee, mentor) -> !pool.allowed(mentee, mentor));
        double total = pinned.stream().mapToDouble(CohortMatcher.Pair::score).sum() + result.totalScore();
        return ConcurrentWrites.retrying(() -> transactions.execute(() -> {
            int seq = store.latestRun(programId).map(MatchRunEntity::getSeq).orElse(0) + 1;
            Map<String, Object> values = new HashMap<>();
            values.put(MatchRunEntity.PROGRAM_ID, programId);
            values.put(MatchRunEntity.SEQ, seq);
            values.put(MatchRunEntity.RUN_KEY, programId + ":" + seq);
            values.put(MatchRunEntity.RAN_BY, actorKey);
            values.put(MatchRunEntity.RAN_AT, clock.millis());
            values.put(MatchRunEntity.MATCHED, pinned.size() + result.pairs().size());
            values.put(MatchRunEntity.UNMATCHED, result.unmatched().size());
            values.put(MatchRunEntity.TOTAL_SCORE, Math.round(total * 100) / 100.0);
            MatchRunEntity run = store.insertRun(values);
            for (CohortMatcher.Pair pair : pinned) {
                store.insertPair(pair(run.getID(), pair.menteeKey(), pair.mentorKey(), pair.score(), true, null, null));
            }
            for (CohortMatcher.Pair pair : result.pairs()) {
                store.insertPair(pair(run.getID(), pair.menteeKey(), pair.mentorKey(), pair.score(), false, null, null));
            }
            for (CohortMatcher.Unmatched u : result.unmatched()) {
                String detail = u.reason() == CohortMatcher.Reason.LANGUAGE ? languageNames(pool.profile(u.menteeKey()).languages())
                        : u.reason() == CohortMatcher.Reason.FULL ? Integer.toString(u.candidates()) : null;
                store.insertPair(pair(run.getID(), u.menteeKey(), null, 0, false, u.reason().name(), detail));
            }
            return run(run);
        }), e -> e instanceof StoreException s && StoreException.isConcurrentWriteConflict(s));
    }

    /** What the matching page shows, read once: the program, its latest run, a page of each of its lists. */
    public record Overview(Program program, Optional<Run> run, Page<ProposedPair> pairs, Page<UnmatchedMentee> unmatched,
                           Page<Rule> rules) {
    }

    /** The program's matching as its page shows it: one access check and one read of the latest run for all of it. */
    public Overview overview(String viewerKey, long programId, PageRequest pairsPage, PageRequest unmatchedPage, PageRequest rulesPage) {
        Program p = manage(viewerKey, programId, false);
        Optional<MatchRunEntity> run = store.latestRun(programId);
        return new Overview(p, run.map(MatchingService::run), pairs(viewerKey, p, run, pairsPage), unmatched(run, unmatchedPage),
                store.rules(programId, rulesPage).map(MatchingService::rule));
    }

    /** A page of the latest run's pairs, each score explained by its terms (from the profiles as they are now). */
    public Page<ProposedPair> pairs(String viewerKey, long programId, PageRequest page) {
        Program p = manage(viewerKey, programId, false);
        return pairs(viewerKey, p, store.latestRun(programId), page);
    }

    private Page<ProposedPair> pairs(String viewerKey, Program p, Optional<MatchRunEntity> run, PageRequest page) {
        if (run.isEmpty()) {
            return new Page<>(page.startAt(), page.maxResults(), 0, List.of());
        }
        Page<MatchPairEntity> rows = store.pairs(run.get().getID(), true, page);
        Set<String> keys = new HashSet<>();
        rows.values().forEach(r -> {
            keys.add(r.getMenteeKey());
            keys.add(r.getMentorKey());
        });
        Map<String, Profile> found = profiles.profilesOf(keys);
        Map<Long, MatchingStore.Standing> standings = standings(viewerKey, p, rows.values());
        FitScore fit = fit(p);
        return rows.map(r -> new ProposedPair(r.getID(), r.getMenteeKey(), r.getMentorKey(), r.getScore(), r.isPinned(),
                fit.score(ProgramPool.seeker(found.getOrDefault(r.getMenteeKey(), Profile.empty(r.getMenteeKey()))),
                        ProgramPool.candidate(found.getOrDefault(r.getMentorKey(), Profile.empty(r.getMentorKey())))),
                r.getRelationshipId(), r.getDetail(),
                r.getRelationshipId() == null ? null : standing(r, standings.get(r.getRelationshipId()))));
    }

    /**
     * The page's published pairs' relationships, if the policy lets the viewer see a relationship of this program
     * (asked once: every one read is the program's, so the viewer's role is the same for all of them).
     */
    private Map<Long, MatchingStore.Standing> standings(String viewerKey, Program p, List<MatchPairEntity> rows) {
        List<Long> ids = rows.stream().map(MatchPairEntity::getRelationshipId).filter(java.util.Objects::nonNull).toList();
        if (ids.isEmpty()
                || !access.permits(access.roleOf(viewerKey, new Parties(null, null, p.id())), Action.SEE_RELATIONSHIP)) {
            return Map.of();
        }
        return store.standings(p.id(), ids);
    }

    private static Standing standing(MatchPairEntity pair, MatchingStore.Standing s) {
        if (s == null) {
            return null;
        }
        Outcome outcome = switch (s.status()) {
            case "PROPOSED" -> {
                boolean mentor = s.accepted().contains(pair.getMentorKey());
                boolean mentee = s.accepted().contains(pair.getMenteeKey());
                yield mentor && !mentee ? Outcome.WAITING_FOR_MENTEE : mentee && !mentor ? Outcome.WAITING_FOR_MENTOR : Outcome.WAITING_FOR_BOTH;
            }
            case "ACTIVE", "PAUSED" -> Outcome.LIVE;
            case "DECLINED" -> Outcome.DECLINED;
            default -> Outcome.OTHER;
        };
        // only ever one of the pair's own two members: the page names a member of the program's pair, nobody else
        String declinedBy = outcome == Outcome.DECLINED && (pair.getMenteeKey().equals(s.declinedBy())
                || pair.getMentorKey().equals(s.declinedBy())) ? s.declinedBy() : null;
        return new Standing(outcome, s.status(), declinedBy);
    }

    /** A page of the latest run's unmatched mentees with the reason. */
    public Page<UnmatchedMentee> unmatched(String viewerKey, long programId, PageRequest page) {
        manage(viewerKey, programId, false);
        return unmatched(store.latestRun(programId), page);
    }

    private Page<UnmatchedMentee> unmatched(Optional<MatchRunEntity> run, PageRequest page) {
        if (run.isEmpty()) {
            return new Page<>(page.startAt(), page.maxResults(), 0, List.of());
        }
        return store.pairs(run.get().getID(), false, page).map(r -> new UnmatchedMentee(r.getID(), r.getMenteeKey(),
                CohortMatcher.Reason.valueOf(r.getReason()), r.getDetail()));
    }

    public Page<Rule> rules(String viewerKey, long programId, PageRequest page) {
        manage(viewerKey, programId, false);
        return store.rules(programId, page).map(MatchingService::rule);
    }

    /** Pins or forbids a pair for the next runs (one rule per pair: setting it again changes its kind). */
    public Rule setRule(String actorKey, long programId, String menteeKey, String mentorKey, String kind) {
        Program p = manage(actorKey, programId, true);
        Problems problems = new Problems();
        RuleKind k = null;
        if (kind == null) {
            problems.add("kind", "mentoring.error.required");
        } else {
            try {
                k = RuleKind.valueOf(kind.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                problems.add("kind", "mentoring.error.choice", "PIN, FORBID");
            }
        }
        String mentee = problems.requiredText("menteeKey", menteeKey, 255);
        String mentor = problems.requiredText("mentorKey", mentorKey, 255);
        problems.throwIfAny();
        ProgramPool pool = pools.read(p);
        if (!pool.mentees.containsKey(mentee)) {
            problems.add("menteeKey", "mentoring.matching.notmentee");
        }
        if (!pool.mentors.containsKey(mentor)) {
            problems.add("mentorKey", "mentoring.matching.notmentor");
        }
        problems.throwIfAny();
        if (k == RuleKind.PIN && !pool.allowed(mentee, mentor)) {
            throw new RuleViolationException(Problem.of(null, "mentoring.matching.pin.refused"));
        }
        RuleKind chosen = k;
        return ConcurrentWrites.retrying(() -> transactions.execute(() -> {
            Optional<MatchRuleEntity> existing = store.rule(programId, mentee, mentor);
            if (existing.isPresent()) {
                existing.get().setKind(chosen.name());
                existing.get().save();
                return rule(existing.get());
            }
            return rule(store.insertRule(Map.of(MatchRuleEntity.PROGRAM_ID, programId, MatchRuleEntity.MENTEE_KEY, mentee,
                    MatchRuleEntity.MENTOR_KEY, mentor, MatchRuleEntity.KIND, chosen.name(),
                    MatchRuleEntity.RULE_KEY, MatchingStore.ruleKey(programId, mentee, mentor), MatchRuleEntity.MADE_BY, actorKey)));
        }), e -> e instanceof StoreException s && StoreException.isConcurrentWriteConflict(s));
    }

    public void removeRule(String actorKey, long programId, long ruleId) {
        manage(actorKey, programId, true);
        transactions.execute(() -> {
            store.rule(programId, ruleId).orElseThrow(() -> new NotFoundException("rule"));
            store.deleteRule(ruleId);
            return true;
        });
    }

    /**
     * Publishes run {@code seq} (the one the manager saw): each pair becomes a formal relationship proposal of the
     * program's matching, which both members answer. A pair that cannot be proposed any more (it went live meanwhile,
     * someone withdrew or left) is reported with the reason; the others are proposed. One publication per run however
     * many managers press at once.
     */
    public Published publish(String actorKey, long programId, Integer seq) {
        Program p = manage(actorKey, programId, true);
        requireManagerMatching(p);
        if (seq == null) {
            new Problems().add("run", "mentoring.error.required").throwIfAny();
        }
        Published published = ConcurrentWrites.retrying(() -> transactions.execute(() -> {
            MatchRunEntity run = store.latestRun(programId).orElseThrow(() -> new NotFoundException("run"));
            if (run.getPublishedAt() != null) {
                throw new RuleViolationException(Problem.of(null, "mentoring.matching.published", run.getSeq()));
            }
            if (run.getSeq() != seq) {
                throw new ConflictException(Problem.of("run", "mentoring.matching.stale", run.getSeq()));
            }
            store.claimPublication(programId, run.getSeq());
            int proposed = 0;
            List<ProposedPair> failed = new ArrayList<>();
            for (MatchPairEntity pair : store.allPairs(run.getID())) {
                // Checked before writing: a pair that went live since the run, or someone who left, is reported, not proposed.
                Optional<Problem> refusal = relationships.matchRefusal(pair.getMentorKey(), pair.getMenteeKey(), programId);
                if (refusal.isPresent()) {
                    pair.setDetail(org.mentoring.i18n.Messages.english(refusal.get()));
                    failed.add(new ProposedPair(pair.getID(), pair.getMenteeKey(), pair.getMentorKey(), pair.getScore(), pair.isPinned(),
                            null, null, pair.getDetail(), null));
                } else {
                    pair.setRelationshipId(relationships.proposeMatched(actorKey, pair.getMentorKey(), pair.getMenteeKey(), programId).id());
                    proposed++;
                }
                pair.save();
            }
            run.setPublishedBy(actorKey);
            run.setPublishedAt(clock.millis());
            run.save();
            return new Published(run(run), proposed, failed);
        }), e -> e instanceof StoreException s && StoreException.isConcurrentWriteConflict(s));
        // After the commit: only a publication that happened is recorded (ids and counts, never the people paired).
        audit.record(new AuditLog.Entry("matching.published", actorKey, null, Map.of("program", p.name(),
                "programId", Long.toString(programId), "run", Integer.toString(published.run().seq()),
                "pairs", Integer.toString(published.proposed()), "failed", Integer.toString(published.failed().size()))));
        return published;
    }

    private static FitScore fit(Program p) {
        return new FitScore(p.weights());
    }

    private static String languageNames(List<String> codes) {
        return String.join(", ", codes.stream().map(c -> Locale.forLanguageTag(c).getDisplayLanguage(Locale.ENGLISH)).toList());
    }

    private Program manage(String viewerKey, long programId, boolean write) {
        Program p = programs.find(programId).map(ProgramStore::toRecord).orElseThrow(() -> new NotFoundException("program"));
        if (!access.permitsProgram(viewerKey, programId, ProgramAction.SEE)) {
            throw new NotFoundException("program");
        }
        if (!access.permitsProgram(viewerKey, programId, ProgramAction.DECIDE_ENROLMENT)) {
            throw new ForbiddenException(Problem.of(null, "mentoring.program.managers"));
        }
        if (write && !MATCHING.contains(p.status())) {
            throw new RuleViolationException(Problem.of(null, "mentoring.matching.status", p.status().name().toLowerCase(Locale.ROOT)));
        }
        return p;
    }

    private static void requireManagerMatching(Program p) {
        if (p.matching() != MatchingMode.MANAGER) {
            throw new RuleViolationException(Problem.of(null, "mentoring.matching.mode", p.matching().name()));
        }
    }

    private static Map<String, Object> pair(long runId, String mentee, String mentor, double score, boolean pinned, String reason,
                                            String detail) {
        Map<String, Object> values = new HashMap<>();
        values.put(MatchPairEntity.RUN_ID, runId);
        values.put(MatchPairEntity.MENTEE_KEY, mentee);
        values.put(MatchPairEntity.MENTOR_KEY, mentor);
        values.put(MatchPairEntity.SCORE, score);
        values.put(MatchPairEntity.PINNED, pinned);
        values.put(MatchPairEntity.REASON, reason);
        values.put(MatchPairEntity.DETAIL, detail);
        return values;
    }

    private static Run run(MatchRunEntity e) {
        return new Run(e.getProgramId(), e.getSeq(), e.getRanBy(), e.getRanAt(), e.getMatched(), e.getUnmatched(), e.getTotalScore(),
                e.getPublishedBy(), e.getPublishedAt());
    }

    private static Rule rule(MatchRuleEntity e) {
        return new Rule(e.getID(), e.getMenteeKey(), e.getMentorKey(), RuleKind.valueOf(e.getKind()));
    }
}
