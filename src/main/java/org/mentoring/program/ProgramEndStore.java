package org.mentoring.program;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import net.java.ao.Query;
import org.mentoring.host.EntityStore;
import org.mentoring.relationship.RelationshipEntity;

/** The program end's queries: members' choices to go on informally, and mentorships a close left live. */
public final class ProgramEndStore {
    private final EntityStore store;

    public ProgramEndStore(EntityStore store) {
        this.store = store;
    }

    static String choiceKey(long relationshipId, String userKey) {
        return relationshipId + ":" + userKey;
    }

    boolean chose(long relationshipId, String userKey) {
        return store.count(ContinuationEntity.class, Query.select()
                .where(ContinuationEntity.CHOICE_KEY + " = ?", choiceKey(relationshipId, userKey))) > 0;
    }

    void choose(long relationshipId, String userKey) {
        Map<String, Object> v = new HashMap<>();
        v.put(ContinuationEntity.RELATIONSHIP_ID, relationshipId);
        v.put(ContinuationEntity.USER_KEY, userKey);
        v.put(ContinuationEntity.CHOICE_KEY, choiceKey(relationshipId, userKey));
        store.create(ContinuationEntity.class, v);
    }

    void unchoose(long relationshipId, String userKey) {
        store.deleteWithSQL(ContinuationEntity.class, ContinuationEntity.CHOICE_KEY + " = ?", choiceKey(relationshipId, userKey));
    }

    /** Who chose to go on, by relationship, for every relationship of the program: one statement. */
    Map<Long, Set<String>> choices(long programId) {
        ContinuationEntity[] rows = store.find(ContinuationEntity.class, Query.select("ID, " + ContinuationEntity.RELATIONSHIP_ID + ", "
                        + ContinuationEntity.USER_KEY)
                .alias(ContinuationEntity.class, "c").alias(RelationshipEntity.class, "r")
                .join(RelationshipEntity.class, "c." + ContinuationEntity.RELATIONSHIP_ID + " = r.ID")
                .where("r." + RelationshipEntity.PROGRAM_ID + " = ?", programId));
        return Arrays.stream(rows).collect(Collectors.groupingBy(ContinuationEntity::getRelationshipId,
                Collectors.mapping(ContinuationEntity::getUserKey, Collectors.toSet())));
    }

    /** Ids of live relationships in closed programs (work a close left unfinished), at most {@code limit}. */
    List<Long> liveInClosedPrograms(int limit) {
        RelationshipEntity[] rows = store.find(RelationshipEntity.class, Query.select("ID")
                .alias(RelationshipEntity.class, "r").alias(ProgramEntity.class, "p")
                .join(ProgramEntity.class, "r." + RelationshipEntity.PROGRAM_ID + " = p.ID")
                .where("p." + ProgramEntity.STATUS + " = ? AND r." + RelationshipEntity.STATUS + " IN (?, ?, ?)",
                        ProgramStatus.CLOSED.name(), "PROPOSED", "ACTIVE", "PAUSED").limit(limit));
        return Arrays.stream(rows).map(r -> (long) r.getID()).toList();
    }
}
