package org.mentoring.relationship;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import net.java.ao.Query;
import org.mentoring.access.Role;
import org.mentoring.access.Visibility;
import org.mentoring.error.Problem;
import org.mentoring.error.RuleViolationException;
import org.mentoring.history.History;
import org.mentoring.host.EntityStore;
import org.mentoring.host.StoreException;
import org.mentoring.paging.Page;
import org.mentoring.paging.PageRequest;

/** Reads and writes relationships, their history and claims. Every query is bounded by a page size. */
public final class RelationshipStore {
    static final String SYSTEM_ROLE = "SYSTEM";
    private static final String PAIR = "PAIR";
    static final String SLOT = "SLOT";

    /** A capacity slot was taken by a concurrent activation: the caller retries with fresh data. */
    private final EntityStore store;

    public RelationshipStore(EntityStore store) {
        this.store = store;
    }

    Optional<RelationshipEntity> find(long id) {
        if (!EntityStore.isId(id)) {
            return Optional.empty();
        }
        RelationshipEntity[] rows = store.find(RelationshipEntity.class, Query.select().where("ID = ?", id));
        return rows.length == 0 ? Optional.empty() : Optional.of(rows[0]);
    }

    RelationshipEntity insert(Map<String, Object> values) {
        return store.create(RelationshipEntity.class, values);
    }

    Page<Relationship> listFor(String userKey, RelationshipFilter filter, PageRequest page) {
        StringBuilder where = new StringBuilder();
        List<Object> params = new ArrayList<>();
        if (filter.role() == Role.MENTOR) {
            where.append(RelationshipEntity.MENTOR_KEY).append(" = ?");
            params.add(userKey);
        } else if (filter.role() == Role.MENTEE) {
            where.append(RelationshipEntity.MENTEE_KEY).append(" = ?");
            params.add(userKey);
        } else {
            where.append("(").append(RelationshipEntity.MENTOR_KEY).append(" = ? OR ")
                    .append(RelationshipEntity.MENTEE_KEY).append(" = ?)");
            params.add(userKey);
            params.add(userKey);
        }
        if (!filter.statuses().isEmpty()) {
            where.append(" AND ").append(RelationshipEntity.STATUS).append(" IN (")
                    .append(filter.statuses().stream().map(s -> "?").collect(Collectors.joining(", "))).append(")");
            filter.statuses().stream().map(Enum::name).sorted().forEach(params::add);
        }
        Object[] args = params.toArray();
        RelationshipEntity[] rows = store.find(RelationshipEntity.class, Query.select().where(where.toString(), args)
                .order(RelationshipEntity.STATUS_CHANGED_AT + " DESC, ID DESC")
                .limit(page.maxResults()).offset(page.startAt()));
        return Page.counted(page, Arrays.stream(rows).map(RelationshipStore::toRecord).toList(),
                () -> store.count(RelationshipEntity.class, Query.select().where(where.toString(), args)));
    }

    /** The most recently changed relationship between two people, either way round (one query). */
    Optional<RelationshipEntity> latestBetween(String a, String b) {
        RelationshipEntity[] rows = store.find(RelationshipEntity.class, Query.select()
                .where("(" + RelationshipEntity.MENTOR_KEY + " = ? AND " + RelationshipEntity.MENTEE_KEY + " = ?) OR ("
                        + RelationshipEntity.MENTOR_KEY + " = ? AND " + RelationshipEntity.MENTEE_KEY + " = ?)", a, b, b, a)
                .order(RelationshipEntity.STATUS_CHANGED_AT + " DESC, ID DESC").limit(1));
        return rows.length == 0 ? Optional.empty() : Optional.of(rows[0]);
    }

    Map<Long, Integer> meetingIntervals(java.util.Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<Long, Integer> intervals = new HashMap<>();
        String marks = ids.stream().map(id -> "?").collect(Collectors.joining(", "));
        for (RelationshipEntity e : store.find(RelationshipEntity.class, Query.select("ID, " + RelationshipEntity.MEETING_INTERVAL_DAYS)
                .where("ID IN (" + marks + ")", ids.toArray()))) {
            if (e.getMeetingIntervalDays() != null) {
                intervals.put((long) e.getID(), e.getMeetingIntervalDays());
            }
        }
        return intervals;
    }

    List<Long> overdueProposalIds(long nowMillis, int limit) {
        RelationshipEntity[] rows = store.find(RelationshipEntity.class, Query.select("ID")
                .where(RelationshipEntity.STATUS + " = ? AND " + RelationshipEntity.EXPIRES_AT + " <= ?",
                        RelationshipStatus.PROPOSED.name(), nowMillis)
                .order(RelationshipEntity.EXPIRES_AT + ", ID").limit(limit));
        return Arrays.stream(rows).map(e -> (long) e.getID()).toList();
    }

    /** Ids above {@code afterId} of {@code userKey}'s relationships in {@code statuses}, in id order, at most {@code limit}. */
    List<Long> idsOfMember(String userKey, java.util.Collection<RelationshipStatus> statuses, long afterId, int limit) {
        List<Object> args = new java.util.ArrayList<>(List.of(userKey, userKey, afterId));
        statuses.forEach(s -> args.add(s.name()));
        RelationshipEntity[] rows = store.find(RelationshipEntity.class, Query.select("ID")
                .where("(" + RelationshipEntity.MENTOR_KEY + " = ? OR " + RelationshipEntity.MENTEE_KEY + " = ?) AND ID > ? AND "
                        + RelationshipEntity.STATUS + " IN (" + String.join(", ", java.util.Collections.nCopies(statuses.size(), "?")) + ")",
                        args.toArray())
                .order("ID").limit(limit));
        return Arrays.stream(rows).map(e -> (long) e.getID()).toList();
    }

    /**
     * Records the change that takes relationship {@code relationshipId} to revision {@code seq}.
     * The unique event key makes this the serialization point of every change to a relationship.
     */
    void appendEvent(long relationshipId, int seq, EventType type, String actorKey, String actorRole, Instant at,
                     RelationshipStatus from, RelationshipStatus to, String note, Visibility noteVisibility) {
        Map<String, Object> extra = new HashMap<>();
        extra.put(RelationshipEventEntity.ACTOR_ROLE, actorRole);
        extra.put(RelationshipEventEntity.NOTE_VISIBILITY, note == null ? null : noteVisibility.name());
        History.append(store, RelationshipEventEntity.class, RelationshipEventEntity.RELATIONSHIP_ID, relationshipId,
                new History.Entry(seq, type.name(), actorKey, at, from == null ? null : from.name(), to == null ? null : to.name(), note),
                extra);
    }

    /** One page of history; without {@code withTotal}, one row more is read instead of counting them all. */
    Page<RelationshipEventEntity> events(long relationshipId, PageRequest page, boolean withTotal) {
        String where = RelationshipEventEntity.RELATIONSHIP_ID + " = ?";
        int fetch = withTotal ? page.maxResults() : page.maxResults() + 1;
        RelationshipEventEntity[] rows = store.find(RelationshipEventEntity.class, Query.select().where(where, relationshipId)
                .order(RelationshipEventEntity.SEQ).limit(fetch).offset(page.startAt()));
        if (withTotal) {
            int total = store.count(RelationshipEventEntity.class, Query.select().where(where, relationshipId));
            return new Page<>(page.startAt(), page.maxResults(), total, List.of(rows));
        }
        List<RelationshipEventEntity> values = List.of(rows).subList(0, Math.min(rows.length, page.maxResults()));
        return new Page<>(page.startAt(), page.maxResults(), page.startAt() + rows.length, values);
    }

    /**
     * Who has accepted each of these relationships so far (a program's proposal waits for both members), in one
     * statement; a relationship nobody accepted is absent.
     */
    public Map<Long, Set<String>> acceptedBy(java.util.Collection<Long> relationshipIds) {
        Map<Long, Set<String>> accepted = new HashMap<>();
        answers(relationshipIds).forEach((id, a) -> {
            if (!a.accepted().isEmpty()) {
                accepted.put(id, a.accepted());
            }
        });
        return accepted;
    }

    /** How a relationship's members answered its proposal: who accepted, and who declined it (null if nobody did). */
    public record Answers(Set<String> accepted, String declinedBy) {
    }

    /**
     * The answers to each of these relationships' proposals, from their history (actor and kind of event only, never
     * a note), in one statement; a relationship nobody answered is absent.
     */
    public Map<Long, Answers> answers(java.util.Collection<Long> relationshipIds) {
        if (relationshipIds.isEmpty()) {
            return Map.of();
        }
        List<Object> params = new ArrayList<>(relationshipIds);
        params.add(EventType.ACCEPT.name());
        params.add(EventType.DECLINE.name());
        Map<Long, Set<String>> accepted = new HashMap<>();
        Map<Long, String> declined = new HashMap<>();
        for (RelationshipEventEntity e : store.find(RelationshipEventEntity.class, Query.select("ID, "
                + RelationshipEventEntity.RELATIONSHIP_ID + ", " + RelationshipEventEntity.ACTOR_KEY + ", " + RelationshipEventEntity.TYPE)
                .where(RelationshipEventEntity.RELATIONSHIP_ID + " IN (" + String.join(", ", java.util.Collections.nCopies(relationshipIds.size(), "?"))
                        + ") AND " + RelationshipEventEntity.TYPE + " IN (?, ?)", params.toArray()))) {
            if (EventType.DECLINE.name().equals(e.getType())) {
                declined.put(e.getRelationshipId(), e.getActorKey());
            } else {
                accepted.computeIfAbsent(e.getRelationshipId(), k -> new java.util.HashSet<>()).add(e.getActorKey());
            }
        }
        Map<Long, Answers> answers = new HashMap<>();
        Set<Long> ids = new java.util.HashSet<>(accepted.keySet());
        ids.addAll(declined.keySet());
        for (Long id : ids) {
            answers.put(id, new Answers(accepted.getOrDefault(id, Set.of()), declined.get(id)));
        }
        return answers;
    }

    boolean hasEvent(long relationshipId, EventType type, String actorKey) {
        return store.count(RelationshipEventEntity.class, Query.select().where(
                RelationshipEventEntity.RELATIONSHIP_ID + " = ? AND " + RelationshipEventEntity.TYPE + " = ? AND "
                        + RelationshipEventEntity.ACTOR_KEY + " = ?", relationshipId, type.name(), actorKey)) > 0;
    }

    /** One live relationship per pair of people, in either direction. */
    void claimPair(long relationshipId, String mentorKey, String menteeKey) {
        try {
            claimPairUnchecked(relationshipId, mentorKey, menteeKey);
        } catch (StoreException e) {
            if (StoreException.isConcurrentWriteConflict(e)) {
                throw new RuleViolationException(Problem.of("menteeKey", "mentoring.relationship.pair.live"));
            }
            throw e;
        }
    }

    /** As {@link #claimPair}, but a claim held already fails as the store's own (concurrent write) error. */
    void claimPairUnchecked(long relationshipId, String mentorKey, String menteeKey) {
        insertClaim(pairClaimKey(mentorKey, menteeKey), PAIR, null, relationshipId);
    }

    /** Whether the two people have a live relationship (either way round) now. */
    boolean pairClaimed(String mentorKey, String menteeKey) {
        return store.count(ClaimEntity.class, Query.select().where(ClaimEntity.CLAIM_KEY + " = ?", pairClaimKey(mentorKey, menteeKey))) > 0;
    }

    private static String pairClaimKey(String mentorKey, String menteeKey) {
        String a = mentorKey.compareTo(menteeKey) < 0 ? mentorKey : menteeKey;
        String b = a.equals(mentorKey) ? menteeKey : mentorKey;
        return "pair:" + sha256(a + "\n" + b);
    }

    void releasePair(long relationshipId) {
        store.deleteWithSQL(ClaimEntity.class, ClaimEntity.RELATIONSHIP_ID + " = ? AND " + ClaimEntity.KIND + " = ?",
                relationshipId, PAIR);
    }

    /** Takes a free slot below {@code capacity}, or refuses when the mentor has none left. */
    void claimSlot(long relationshipId, String mentorKey, int capacity) {
        ClaimEntity[] held = store.find(ClaimEntity.class, Query.select()
                .where(ClaimEntity.KIND + " = ? AND " + ClaimEntity.OWNER_KEY + " = ?", SLOT, mentorKey));
        if (held.length >= capacity) {
            throw new RuleViolationException(Problem.of("status", "mentoring.relationship.capacity.full", capacity));
        }
        String prefix = "slot:" + sha256(mentorKey) + ":";
        Set<String> taken = Arrays.stream(held).map(ClaimEntity::getClaimKey).collect(Collectors.toSet());
        int slot = 0;
        while (taken.contains(prefix + slot)) {
            slot++;
        }
        insertClaim(prefix + slot, SLOT, mentorKey, relationshipId);
    }

    void releaseSlot(long relationshipId) {
        store.deleteWithSQL(ClaimEntity.class, ClaimEntity.RELATIONSHIP_ID + " = ? AND " + ClaimEntity.KIND + " = ?",
                relationshipId, SLOT);
    }

    private void insertClaim(String key, String kind, String ownerKey, long relationshipId) {
        Map<String, Object> values = new HashMap<>();
        values.put(ClaimEntity.CLAIM_KEY, key);
        values.put(ClaimEntity.KIND, kind);
        values.put(ClaimEntity.OWNER_KEY, ownerKey);
        values.put(ClaimEntity.RELATIONSHIP_ID, relationshipId);
        store.create(ClaimEntity.class, values);
    }

    /**
     * Every relationship of program {@code programId}, for its aggregates (the program dashboard, the program's end):
     * one statement; as many rows as the program has pairs.
     */
    public List<Relationship> ofProgram(long programId) {
        return Arrays.stream(store.find(RelationshipEntity.class, Query.select()
                .where(RelationshipEntity.PROGRAM_ID + " = ?", programId).order("ID")))
                .map(RelationshipStore::toRecord).toList();
    }

    public static Relationship toRecord(RelationshipEntity e) {
        return new Relationship(
                e.getID(),
                e.getMentorKey(),
                e.getMenteeKey(),
                RelationshipKind.valueOf(e.getKind()),
                e.getProgramId(),
                RelationshipStatus.valueOf(e.getStatus()),
                e.getProposerKey(),
                Instant.ofEpochMilli(e.getProposedAt()),
                Instant.ofEpochMilli(e.getStatusChangedAt()),
                Instant.ofEpochMilli(e.getExpiresAt()),
                e.getMeetingIntervalDays(),
                e.getRevision(),
                e.getMentorKeepsInTouch(),
                e.getMenteeKeepsInTouch(),
                new MeetingLog(e.getSessionCount() == null ? 0 : e.getSessionCount(), date(e.getLastSessionOn()),
                        date(e.getNextMeetingOn())));
    }

    private static java.time.LocalDate date(String iso) {
        return iso == null ? null : java.time.LocalDate.parse(iso);
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JVM", e);
        }
    }

    /** The relationship's agreement, if one was written. */
    /** The agreements of several relationships (one query). */
    List<AgreementEntity> agreements(List<Long> relationshipIds) {
        if (relationshipIds.isEmpty()) {
            return List.of();
        }
        return List.of(store.find(AgreementEntity.class, Query.select().where(AgreementEntity.RELATIONSHIP_ID + " IN ("
                + String.join(", ", java.util.Collections.nCopies(relationshipIds.size(), "?")) + ")", relationshipIds.toArray())));
    }

    Optional<AgreementEntity> agreement(long relationshipId) {
        AgreementEntity[] rows = store.find(AgreementEntity.class, Query.select().where(AgreementEntity.RELATIONSHIP_ID + " = ?", relationshipId));
        return rows.length == 0 ? Optional.empty() : Optional.of(rows[0]);
    }

    AgreementEntity insertAgreement(Map<String, Object> values) {
        return store.create(AgreementEntity.class, values);
    }
}
