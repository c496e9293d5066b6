package org.mentoring.relationship;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.mentoring.access.AccessPolicy;
import org.mentoring.access.Action;
import org.mentoring.access.Role;
import org.mentoring.access.Visibility;
import org.mentoring.error.ConflictException;
import org.mentoring.error.ForbiddenException;
import org.mentoring.error.NotFoundException;
import org.mentoring.error.Problem;
import org.mentoring.error.Problems;
import org.mentoring.error.RuleViolationException;
import org.mentoring.host.EntityStore;
import org.mentoring.host.Notifications;
import org.mentoring.host.Person;
import org.mentoring.host.Transactions;
import org.mentoring.host.UserDirectory;
import org.mentoring.paging.Page;
import org.mentoring.paging.PageRequest;

/** Proposing, moving, reading and listing mentoring relationships. */
public final class RelationshipService {
    public static final int MAX_KEY = 255;
    public static final int MAX_NOTE = 4000;
    static final int DEPARTURE_BATCH = 100;

    private final RelationshipStore store;
    private final RelationshipWrites writes;
    private final RelationshipNotices notices;
    private final Transactions transactions;
    private final UserDirectory users;
    private final AccessPolicy access;
    private final RelationshipSettings settings;
    private final FormalPrograms programs;
    private final Clock clock;

    public RelationshipService(RelationshipStore store, RelationshipWrites writes, RelationshipNotices notices, Transactions transactions,
                               UserDirectory users, AccessPolicy access, RelationshipSettings settings, FormalPrograms programs,
                               Clock clock) {
        this.store = store;
        this.notices = notices;
        this.writes = writes;
        this.transactions = transactions;
        this.users = users;
        this.access = access;
        this.settings = settings;
        this.programs = programs;
        this.clock = clock;
    }

    public Relationship propose(String actorKey, Proposal proposal) {
        if (!settings.newRelationshipsOpen()) {
            throw new ForbiddenException(Problem.of(null, "mentoring.scope.off"));
        }
        Problems problems = new Problems();
        String mentorKey = knownUser(problems, "mentorKey", proposal.mentorKey());
        String menteeKey = knownUser(problems, "menteeKey", proposal.menteeKey());
        if (!problems.has("mentorKey") && !problems.has("menteeKey") && mentorKey.equals(menteeKey)) {
            problems.add("menteeKey", "mentoring.relationship.same.person");
        }
        RelationshipKind kind = parseKind(problems, proposal.kind());
        if (kind == RelationshipKind.FORMAL && proposal.programId() == null) {
            problems.add("programId", "mentoring.relationship.program.required");
        } else if (kind == RelationshipKind.INFORMAL && proposal.programId() != null) {
            problems.add("programId", "mentoring.relationship.program.informal");
        }
        String note = problems.optionalText("note", proposal.note(), MAX_NOTE);
        boolean peopleValid = !problems.has("mentorKey") && !problems.has("menteeKey");
        if (peopleValid && (actorKey == null || !(actorKey.equals(mentorKey) || actorKey.equals(menteeKey)))) {
            problems.add(null, "mentoring.relationship.proposer.member");
        }
        problems.throwIfAny();
        // The same answer for a program that does not exist and one the caller is not in: it tells nothing.
        if (kind == RelationshipKind.FORMAL && !programs.admits(proposal.programId(), mentorKey, menteeKey)) {
            problems.add("programId", "mentoring.relationship.program.notenrolled", proposal.programId()).throwIfAny();
        }

        return transactions.execute(() -> {
            long now = clock.millis();
            RelationshipEntity created = insertProposed(actorKey, mentorKey, menteeKey, kind, proposal.programId(), now);
            store.claimPair(created.getID(), mentorKey, menteeKey);
            Relationship r = RelationshipStore.toRecord(created);
            store.appendEvent(r.id(), 1, EventType.PROPOSE, actorKey, r.memberRole(actorKey).orElseThrow().name(),
                    Instant.ofEpochMilli(now), null, RelationshipStatus.PROPOSED, note, Visibility.PAIR);
            notices.changed(EventType.PROPOSE, actorKey, r);
            return r;
        });
    }

    public Relationship move(String actorKey, long id, Move move, MoveRequest request) {
        if (move == Move.EXPIRE) {
            throw new RuleViolationException(Problem.of(null, "mentoring.relationship.move.systemonly"));
        }
        Problems problems = new Problems();
        String note = problems.optionalText("note", request.note(), MAX_NOTE);
        Visibility visibility = noteVisibility(problems, move, request.noteVisibility());
        problems.throwIfAny();
        return writes.apply(actorKey, id, request.version(), (before, role, now) -> {
            boolean joint = before.proposedByProgram() && before.status() == RelationshipStatus.PROPOSED && move == Move.ACCEPT;
            boolean accepted = joint && store.hasEvent(id, EventType.ACCEPT, actorKey);
            Optional<Problem> refusal = RelationshipLifecycle.refusal(move, before, actorKey, now, accepted);
            if (refusal.isPresent()) {
                throw new RuleViolationException(refusal.get());
            }
            boolean otherAccepted = joint && store.hasEvent(id, EventType.ACCEPT, before.otherMember(actorKey));
            RelationshipStatus to = RelationshipLifecycle.target(move, before, actorKey, otherAccepted);
            return new RelationshipWrites.Planned(EventType.of(move), to, note, visibility, entity -> {
                if (move == Move.KEEP_IN_TOUCH) {
                    if (role == Role.MENTOR) {
                        entity.setMentorKeepsInTouch(true);
                    } else {
                        entity.setMenteeKeepsInTouch(true);
                    }
                }
            });
        });
    }

    /** A member's closing reflection on a completed relationship: one each, private or for the pair. */
    public Relationship reflect(String actorKey, long id, String text, String visibility, Integer version) {
        Problems problems = new Problems();
        String note = problems.requiredText("note", text, MAX_NOTE);
        Visibility v = parseVisibility(problems, visibility, Visibility.PAIR);
        problems.throwIfAny();
        return writes.apply(actorKey, id, version, (before, role, now) -> {
            if (before.status() != RelationshipStatus.COMPLETED && before.status() != RelationshipStatus.ALUMNI) {
                throw new RuleViolationException(Problem.of("status", "mentoring.relationship.reflect.notcompleted"));
            }
            if (store.hasEvent(id, EventType.REFLECT, actorKey)) {
                throw new RuleViolationException(Problem.of(null, "mentoring.relationship.reflect.already"));
            }
            return new RelationshipWrites.Planned(EventType.REFLECT, before.status(), note, v, entity -> { });
        });
    }

    /** The relationship, if the viewer may know it exists; otherwise not found (never forbidden). */
    public Relationship get(String viewerKey, long id) {
        return view(viewerKey, id).relationship();
    }

    /**
     * The relationship, unchecked: for rules that judge membership themselves (the goal workflow's conditions
     * inside Jira). Never show what it returns to anyone the policy has not let see it.
     */
    public java.util.Optional<Relationship> find(long id) {
        return store.find(id).map(RelationshipStore::toRecord);
    }

    /** A relationship with the viewer's role towards it, worked out once. */
    public record Viewed(Relationship relationship, Role role) {
    }

    public Viewed view(String viewerKey, long id) {
        return viewedBy(viewerKey, store.find(id));
    }

    /**
     * The relationship between two people (the most recently changed, either way round), as {@code viewerKey}
     * may see it: a Confluence page about "my mentorship with Tomáš". Not found when there is none or the
     * viewer may not know of it — the same answer either way.
     */
    public Viewed between(String viewerKey, String personA, String personB) {
        return viewedBy(viewerKey, store.latestBetween(personA, personB));
    }

    /** A relationship with the viewer's role, or not found when there is none or the viewer may not know of it. */
    private Viewed viewedBy(String viewerKey, Optional<RelationshipEntity> found) {
        Relationship r = found.map(RelationshipStore::toRecord).orElseThrow(() -> new NotFoundException("relationship"));
        Role role = access.roleOf(viewerKey, r.parties());
        if (!access.permits(role, Action.SEE_RELATIONSHIP)) {
            throw new NotFoundException("relationship");
        }
        return new Viewed(r, role);
    }

    /**
     * Agreed meeting intervals (days) of these relationships, in one query, for views the caller has already
     * authorised (a page of goals the viewer may read). Relationships without an agreement are absent.
     */
    public java.util.Map<Long, Integer> meetingIntervals(java.util.Collection<Long> relationshipIds) {
        return store.meetingIntervals(relationshipIds);
    }

    /**
     * The meeting schedule (how many sessions, when the latest and the next are, whether one is overdue) is
     * program content: the members and their program's managers see it; administrators do not.
     */
    public boolean seesMeetingSchedule(Role role) {
        return access.permits(role, Action.SEE_CONTENT, Visibility.PROGRAM, false);
    }

    /** Whether the pair is behind its meeting cadence today (see {@link Relationship#meetingOverdue}). */
    public boolean meetingOverdue(Relationship r) {
        return r.meetingOverdue(java.time.LocalDate.ofInstant(clock.instant(), java.time.ZoneOffset.UTC));
    }

    /**
     * A change of the session log, and the log's summary kept on the relationship row, in one transaction. The
     * row is written first, which takes its lock: concurrent session writes of one relationship, on any node,
     * queue here before touching any session (so none reads another's uncommitted rows), and each reads the
     * sessions ({@code summary}) after its own change, under the lock — the last to commit saw them all.
     * Not a change of the relationship itself: no revision, no history entry.
     */
    public <T> T changeMeetingLog(long relationshipId, java.util.function.Supplier<T> change,
                                  java.util.function.Supplier<MeetingLog> summary) {
        return transactions.execute(() -> {
            RelationshipEntity entity = store.find(relationshipId).orElseThrow(() -> new NotFoundException("relationship"));
            entity.setSessionCount(entity.getSessionCount());
            entity.save();
            T result = change.get();
            MeetingLog log = summary.get();
            entity.setSessionCount(log.sessions());
            entity.setLastSessionOn(log.lastSessionOn() == null ? null : log.lastSessionOn().toString());
            entity.setNextMeetingOn(log.nextMeetingOn() == null ? null : log.nextMeetingOn().toString());
            entity.save();
            return result;
        });
    }

    public Role roleOf(String viewerKey, Relationship r) {
        return access.roleOf(viewerKey, r.parties());
    }

    public Page<Relationship> listMine(String viewerKey, RelationshipFilter filter, PageRequest page) {
        return store.listFor(viewerKey, filter, page);
    }

    /** The history, for members only (it is the pair's own record); private notes only for their author. */
    public Page<HistoryEntry> history(String viewerKey, long id, PageRequest page) {
        Viewed viewed = view(viewerKey, id);
        return history(viewerKey, viewed, page, true);
    }

    /**
     * The history for a relationship the caller already viewed. Without {@code withTotal} the page's
     * total is only "at least one more" (one query fewer, for pages that just need a Next link).
     */
    public Page<HistoryEntry> history(String viewerKey, Viewed viewed, PageRequest page, boolean withTotal) {
        Role role = viewed.role();
        long id = viewed.relationship().id();
        if (!access.permits(role, Action.SEE_CONTENT, Visibility.PAIR, false)) {
            throw new NotFoundException("relationship");
        }
        return store.events(id, page, withTotal).map(e -> {
            Visibility noteVisibility = e.getNoteVisibility() == null ? null : Visibility.valueOf(e.getNoteVisibility());
            boolean author = viewerKey.equals(e.getActorKey());
            String note = noteVisibility != null && access.permits(role, Action.SEE_CONTENT, noteVisibility, author)
                    ? e.getNote() : null;
            return new HistoryEntry(e.getSeq(), EventType.valueOf(e.getType()), e.getActorKey(), e.getActorRole(),
                    Instant.ofEpochMilli(e.getOccurredAt()),
                    e.getFromStatus() == null ? null : RelationshipStatus.valueOf(e.getFromStatus()),
                    e.getToStatus() == null ? null : RelationshipStatus.valueOf(e.getToStatus()),
                    note, note == null ? null : noteVisibility);
        });
    }

    public List<Move> availableMoves(String viewerKey, Relationship r) {
        return RelationshipLifecycle.available(r, viewerKey, clock.instant(), acceptedByViewer(viewerKey, r));
    }

    /** Whether {@code viewerKey} has accepted a program's proposal that both members answer (and waits for the other). */
    public boolean acceptedByViewer(String viewerKey, Relationship r) {
        return r.status() == RelationshipStatus.PROPOSED && r.proposedByProgram() && viewerKey != null && r.isMember(viewerKey)
                && store.hasEvent(r.id(), EventType.ACCEPT, viewerKey);
    }

    /**
     * Why a program's matching may not propose this pair now (someone left, the pair is live already, the program no
     * longer has both), or empty when it may. Reads only: the caller's transaction stays usable whatever the answer.
     */
    public Optional<Problem> matchRefusal(String mentorKey, String menteeKey, long programId) {
        if (!settings.newRelationshipsOpen()) {
            return Optional.of(Problem.of(null, "mentoring.scope.off"));
        }
        try {
            Problems problems = new Problems();
            knownUser(problems, "mentorKey", mentorKey);
            knownUser(problems, "menteeKey", menteeKey);
            problems.throwIfAny();
        } catch (org.mentoring.error.DomainException e) {
            return Optional.of(e.problems().get(0));
        }
        if (!programs.admits(programId, mentorKey, menteeKey)) {
            return Optional.of(Problem.of("programId", "mentoring.relationship.program.notenrolled", programId));
        }
        if (store.pairClaimed(mentorKey, menteeKey)) {
            return Optional.of(Problem.of("menteeKey", "mentoring.relationship.pair.live"));
        }
        return Optional.empty();
    }

    /** The new proposal's row: proposed now by {@code proposerKey}, expiring after the proposal lifetime. */
    private RelationshipEntity insertProposed(String proposerKey, String mentorKey, String menteeKey, RelationshipKind kind,
                                              Long programId, long now) {
        Map<String, Object> values = new HashMap<>();
        values.put(RelationshipEntity.MENTOR_KEY, mentorKey);
        values.put(RelationshipEntity.MENTEE_KEY, menteeKey);
        values.put(RelationshipEntity.KIND, kind.name());
        values.put(RelationshipEntity.PROGRAM_ID, programId);
        values.put(RelationshipEntity.STATUS, RelationshipStatus.PROPOSED.name());
        values.put(RelationshipEntity.PROPOSER_KEY, proposerKey);
        values.put(RelationshipEntity.PROPOSED_AT, now);
        values.put(RelationshipEntity.STATUS_CHANGED_AT, now);
        values.put(RelationshipEntity.EXPIRES_AT, now + settings.proposalLifetime().toMillis());
        values.put(RelationshipEntity.REVISION, 1);
        values.put(RelationshipEntity.MENTOR_KEEPS_IN_TOUCH, false);
        values.put(RelationshipEntity.MENTEE_KEEPS_IN_TOUCH, false);
        return store.insert(values);
    }

    /**
     * A program's matching proposes this pair, published by {@code publisherKey} (a manager of the program, checked by
     * the caller), after {@link #matchRefusal} found nothing against it. Both members answer the proposal; both are told.
     * (A publisher who is in the pair has proposed it themselves: then, as with any proposal, the other member answers.)
     * Someone who makes the pair live in between loses to the unique pair claim, which is left to fail the caller's
     * transaction as a concurrent write (so the caller runs again and finds the pair live).
     */
    public Relationship proposeMatched(String publisherKey, String mentorKey, String menteeKey, long programId) {
        return transactions.execute(() -> {
            long now = clock.millis();
            RelationshipEntity created = insertProposed(publisherKey, mentorKey, menteeKey, RelationshipKind.FORMAL, programId, now);
            store.claimPairUnchecked(created.getID(), mentorKey, menteeKey);
            Relationship r = RelationshipStore.toRecord(created);
            store.appendEvent(r.id(), 1, EventType.PROPOSE, publisherKey, access.roleOf(publisherKey, r.parties()).name(),
                    Instant.ofEpochMilli(now), null, RelationshipStatus.PROPOSED, null, Visibility.PAIR);
            notices.changed(EventType.PROPOSE, publisherKey, r);
            return r;
        });
    }

    /**
     * Expires proposals left unanswered past their deadline (set when proposed), oldest first, at most
     * {@code batchSize} per call, each in its own transaction. Safe to run on several nodes at once:
     * a proposal answered or expired meanwhile is skipped.
     */
    public int expireOverdue(int batchSize) {
        int expired = 0;
        for (long id : store.overdueProposalIds(clock.millis(), batchSize)) {
            try {
                writes.apply(null, id, null, (before, role, now) -> {
                    refuseIfNotAllowed(Move.EXPIRE, before, null, now);
                    return new RelationshipWrites.Planned(EventType.EXPIRE, RelationshipStatus.EXPIRED, null, null, e -> { });
                });
                expired++;
            } catch (RuleViolationException | ConflictException | NotFoundException skipped) {
                // Answered, withdrawn or expired by someone else in the meantime.
            }
        }
        return expired;
    }

    /**
     * {@code userKey} left the host: each of their active relationships is paused and each proposal to or from them
     * withdrawn, in the departed member's name, and the other member is told. One transaction per relationship, in
     * batches; a relationship that moved meanwhile (or on another node hearing the same event) is left as it is, so a
     * repeated departure changes nothing. Paused relationships stay paused: either member may resume one later.
     */
    public int memberDeparted(String userKey) {
        int changed = 0;
        long after = 0;
        List<Long> batch;
        do {
            batch = store.idsOfMember(userKey, List.of(RelationshipStatus.ACTIVE, RelationshipStatus.PROPOSED), after, DEPARTURE_BATCH);
            for (long id : batch) {
                after = id;
                try {
                    writes.applyForMember(userKey, id, (before, role, now) -> switch (before.status()) {
                        case ACTIVE -> new RelationshipWrites.Planned(EventType.DEPARTED_PAUSE, RelationshipStatus.PAUSED, null, null, e -> { });
                        case PROPOSED -> new RelationshipWrites.Planned(EventType.DEPARTED_WITHDRAW, RelationshipStatus.WITHDRAWN, null, null, e -> { });
                        default -> throw new RuleViolationException(Problem.of("status", "mentoring.relationship.departed.settled"));
                    });
                    changed++;
                } catch (RuleViolationException | ConflictException | NotFoundException settled) {
                    // Moved by someone else in the meantime, or by the same departure heard twice.
                }
            }
        } while (batch.size() == DEPARTURE_BATCH);
        return changed;
    }

    /**
     * The relationship's program closed (the system acts, in one transaction): a live mentorship is completed — or,
     * when {@code continueInformally} (both members chose so), becomes informal and leaves the program, keeping its
     * status and its history —, and a proposal nobody answered expires. Empty when the relationship is no longer live
     * (someone moved it meanwhile): nothing to do.
     */
    public Optional<Relationship> endWithProgram(long id, boolean continueInformally) {
        try {
            return Optional.of(writes.apply(null, id, null, (before, role, now) -> {
                if (before.status() == RelationshipStatus.PROPOSED) {
                    return new RelationshipWrites.Planned(EventType.PROGRAM_CLOSE, RelationshipStatus.EXPIRED, null, null, e -> { });
                }
                if (before.status() != RelationshipStatus.ACTIVE && before.status() != RelationshipStatus.PAUSED
                        || before.kind() != RelationshipKind.FORMAL) {
                    throw new RuleViolationException(Problem.of(null, "mentoring.relationship.move.notallowed"));
                }
                if (continueInformally) {
                    return new RelationshipWrites.Planned(EventType.PROGRAM_LEAVE, before.status(), null, null, e -> {
                        e.setKind(RelationshipKind.INFORMAL.name());
                        e.setProgramId(null);
                    });
                }
                return new RelationshipWrites.Planned(EventType.PROGRAM_CLOSE, RelationshipStatus.COMPLETED, null, null, e -> { });
            }));
        } catch (RuleViolationException | NotFoundException skipped) {
            return Optional.empty();
        }
    }

    private void refuseIfNotAllowed(Move move, Relationship before, String actorKey, Instant now) {
        Optional<Problem> refusal = RelationshipLifecycle.refusal(move, before, actorKey, now);
        if (refusal.isPresent()) {
            throw new RuleViolationException(refusal.get());
        }
    }

    private String knownUser(Problems problems, String field, String key) {
        String trimmed = problems.requiredText(field, key, MAX_KEY);
        if (problems.has(field)) {
            return trimmed;
        }
        Optional<Person> person = users.find(trimmed);
        if (person.isEmpty()) {
            problems.add(field, "mentoring.error.user.unknown", trimmed);
        } else if (!person.get().active()) {
            problems.add(field, "mentoring.error.user.inactive", person.get().displayName());
        }
        return trimmed;
    }

    private static RelationshipKind parseKind(Problems problems, String kind) {
        if (kind == null || kind.isBlank()) {
            return RelationshipKind.INFORMAL;
        }
        try {
            return RelationshipKind.valueOf(kind.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            problems.add("kind", "mentoring.error.choice", "FORMAL, INFORMAL");
            return null;
        }
    }

    /** An early end's reason is for its author only; other notes default to the pair and may be private. */
    private static Visibility noteVisibility(Problems problems, Move move, String requested) {
        if (move == Move.END) {
            if (requested != null && !requested.isBlank() && !"PRIVATE".equalsIgnoreCase(requested.strip())) {
                problems.add("noteVisibility", "mentoring.relationship.end.private");
            }
            return Visibility.PRIVATE;
        }
        return parseVisibility(problems, requested, Visibility.PAIR);
    }

    private static Visibility parseVisibility(Problems problems, String requested, Visibility fallback) {
        if (requested == null || requested.isBlank()) {
            return fallback;
        }
        String v = requested.strip().toUpperCase(Locale.ROOT);
        if (v.equals("PAIR") || v.equals("PRIVATE")) {
            return Visibility.valueOf(v);
        }
        problems.add("noteVisibility", "mentoring.error.choice", "PAIR, PRIVATE");
        return fallback;
    }
}
