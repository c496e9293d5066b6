package org.mentoring.program;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import net.java.ao.Query;
import org.mentoring.host.EntityStore;
import org.mentoring.paging.Page;
import org.mentoring.paging.PageRequest;
import org.mentoring.relationship.RelationshipEntity;
import org.mentoring.relationship.RelationshipStore;

/** Matching runs, their pairs, the managers' pins and forbids, and the relationships matching must respect: one statement each. */
public final class MatchingStore {
    private final EntityStore store;
    private final RelationshipStore relationships;

    public MatchingStore(EntityStore store, RelationshipStore relationships) {
        this.store = store;
        this.relationships = relationships;
    }

    Optional<MatchRunEntity> latestRun(long programId) {
        MatchRunEntity[] rows = store.find(MatchRunEntity.class, Query.select()
                .where(MatchRunEntity.PROGRAM_ID + " = ?", programId).order(MatchRunEntity.SEQ + " DESC").limit(1));
        return rows.length == 0 ? Optional.empty() : Optional.of(rows[0]);
    }

    MatchRunEntity insertRun(Map<String, Object> values) {
        return store.create(MatchRunEntity.class, values);
    }

    void insertPair(Map<String, Object> values) {
        store.create(MatchPairEntity.class, values);
    }

    /** A page of the run's pairs ({@code matched}) or of its unmatched mentees, in the order the run wrote them. */
    Page<MatchPairEntity> pairs(long runId, boolean matched, PageRequest page) {
        String where = MatchPairEntity.RUN_ID + " = ? AND " + MatchPairEntity.MENTOR_KEY + (matched ? " IS NOT NULL" : " IS NULL");
        MatchPairEntity[] rows = store.find(MatchPairEntity.class, Query.select().where(where, runId).order("ID")
                .limit(page.maxResults()).offset(page.startAt()));
        return Page.counted(page, List.of(rows), () -> store.count(MatchPairEntity.class, Query.select().where(where, runId)));
    }

    /** Every pair of a run (publishing proposes them all). */
    List<MatchPairEntity> allPairs(long runId) {
        return List.of(store.find(MatchPairEntity.class, Query.select()
                .where(MatchPairEntity.RUN_ID + " = ? AND " + MatchPairEntity.MENTOR_KEY + " IS NOT NULL", runId).order("ID")));
    }

    List<MatchRuleEntity> rules(long programId) {
        return List.of(store.find(MatchRuleEntity.class, Query.select().where(MatchRuleEntity.PROGRAM_ID + " = ?", programId).order("ID")));
    }

    Page<MatchRuleEntity> rules(long programId, PageRequest page) {
        String where = MatchRuleEntity.PROGRAM_ID + " = ?";
        return Page.counted(page, List.of(store.find(MatchRuleEntity.class, Query.select().where(where, programId).order("ID")
                .limit(page.maxResults()).offset(page.startAt()))), () -> store.count(MatchRuleEntity.class, Query.select().where(where, programId)));
    }

    Optional<MatchRuleEntity> rule(long programId, String menteeKey, String mentorKey) {
        MatchRuleEntity[] rows = store.find(MatchRuleEntity.class, Query.select()
                .where(MatchRuleEntity.RULE_KEY + " = ?", ruleKey(programId, menteeKey, mentorKey)));
        return rows.length == 0 ? Optional.empty() : Optional.of(rows[0]);
    }

    Optional<MatchRuleEntity> rule(long programId, long ruleId) {
        MatchRuleEntity[] rows = store.find(MatchRuleEntity.class, Query.select()
                .where("ID = ? AND " + MatchRuleEntity.PROGRAM_ID + " = ?", ruleId, programId));
        return rows.length == 0 ? Optional.empty() : Optional.of(rows[0]);
    }

    MatchRuleEntity insertRule(Map<String, Object> values) {
        return store.create(MatchRuleEntity.class, values);
    }

    void deleteRule(long ruleId) {
        store.deleteWithSQL(MatchRuleEntity.class, "ID = ?", ruleId);
    }

    /** Claims publishing run {@code seq}; a second claim of the same run fails its unique key. */
    void claimPublication(long programId, int seq) {
        store.create(MatchPublicationEntity.class, Map.of(MatchPublicationEntity.PUBLISH_KEY, programId + ":" + seq));
    }

    /** A relationship between two of the cohort: who mentors whom, in which program, and where it stands. */
    record Between(String mentorKey, String menteeKey, Long programId, String status) {
    }

    /** Every relationship whose mentor and mentee are both among {@code keys}, in one statement. */
    List<Between> between(Collection<String> keys) {
        if (keys.isEmpty()) {
            return List.of();
        }
        String marks = String.join(", ", Collections.nCopies(keys.size(), "?"));
        List<Object> params = new ArrayList<>(keys);
        params.addAll(keys);
        return Arrays.stream(store.find(RelationshipEntity.class, Query.select("ID, " + RelationshipEntity.MENTOR_KEY + ", "
                        + RelationshipEntity.MENTEE_KEY + ", " + RelationshipEntity.PROGRAM_ID + ", " + RelationshipEntity.STATUS)
                        .where(RelationshipEntity.MENTOR_KEY + " IN (" + marks + ") AND " + RelationshipEntity.MENTEE_KEY + " IN (" + marks + ")",
                                params.toArray())))
                .map(r -> new Between(r.getMentorKey(), r.getMenteeKey(), r.getProgramId(), r.getStatus())).toList();
    }

    /**
     * Where one of a program's relationships stands: its status, who of its members has accepted it so far, and who
     * declined it (null if nobody did).
     */
    record Standing(String status, Set<String> accepted, String declinedBy) {
    }

    /**
     * The status of those of {@code relationshipIds} that belong to program {@code programId} (a pair that went on
     * informally is the program's no more), and who accepted or declined each: two statements, whatever the number.
     */
    Map<Long, Standing> standings(long programId, Collection<Long> relationshipIds) {
        if (relationshipIds.isEmpty()) {
            return Map.of();
        }
        String marks = String.join(", ", Collections.nCopies(relationshipIds.size(), "?"));
        List<Object> params = new ArrayList<>();
        params.add(programId);
        params.addAll(relationshipIds);
        RelationshipEntity[] rows = store.find(RelationshipEntity.class, Query.select("ID, " + RelationshipEntity.STATUS)
                .where(RelationshipEntity.PROGRAM_ID + " = ? AND ID IN (" + marks + ")", params.toArray()));
        if (rows.length == 0) {
            return Map.of();
        }
        Map<Long, RelationshipStore.Answers> answers = relationships.answers(Arrays.stream(rows).map(r -> (long) r.getID()).toList());
        Map<Long, Standing> standings = new HashMap<>();
        for (RelationshipEntity r : rows) {
            long id = r.getID();
            RelationshipStore.Answers a = answers.get(id);
            standings.put(id, new Standing(r.getStatus(), a == null ? Set.of() : a.accepted(), a == null ? null : a.declinedBy()));
        }
        return standings;
    }

    static String ruleKey(long programId, String menteeKey, String mentorKey) {
        return programId + ":" + menteeKey + ":" + mentorKey;
    }
}
