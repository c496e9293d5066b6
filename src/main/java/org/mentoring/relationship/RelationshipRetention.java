package org.mentoring.relationship;

import static org.mentoring.privacy.RelationshipContent.in;

import java.util.Arrays;
import java.util.List;
import net.java.ao.Query;
import org.mentoring.host.EntityStore;
import org.mentoring.privacy.RelationshipContent;
import org.mentoring.privacy.Retention;

/**
 * Retention for relationships themselves: which ended or completed relationships are due, their agreements and
 * history notes as content, and the anonymous row that stays (members' keys replaced, kind, program, status, dates
 * kept for program reports).
 */
public final class RelationshipRetention implements Retention.Candidates, RelationshipContent {
    /** What stands for both members of a relationship whose content retention removed. */
    public static final String RETAINED = "retained";
    private static final String DUE = "(" + RelationshipEntity.STATUS + " = ? OR " + RelationshipEntity.STATUS + " = ?) AND "
            + RelationshipEntity.STATUS_CHANGED_AT + " < ? AND " + RelationshipEntity.MENTOR_KEY + " <> ?";

    private final EntityStore store;

    public RelationshipRetention(EntityStore store) {
        this.store = store;
    }

    @Override
    public List<Long> due(long endedBefore, int limit) {
        return Arrays.stream(store.find(RelationshipEntity.class, Query.select().where(DUE, RelationshipStatus.ENDED.name(),
                        RelationshipStatus.COMPLETED.name(), endedBefore, RETAINED).order("ID").limit(limit)))
                .map(r -> (long) r.getID()).toList();
    }

    @Override
    public int countDue(long endedBefore) {
        return store.count(RelationshipEntity.class, Query.select().where(DUE, RelationshipStatus.ENDED.name(),
                RelationshipStatus.COMPLETED.name(), endedBefore, RETAINED));
    }

    @Override
    public void anonymise(List<Long> ids) {
        for (RelationshipEntity r : store.find(RelationshipEntity.class, Query.select().where(in("ID", ids), ids.toArray()))) {
            r.setMentorKey(RETAINED);
            r.setMenteeKey(RETAINED);
            r.setProposerKey(RETAINED);
            r.save();
        }
        for (RelationshipEventEntity e : store.find(RelationshipEventEntity.class,
                Query.select().where(in(RelationshipEventEntity.RELATIONSHIP_ID, ids), ids.toArray()))) {
            e.setActorKey(RETAINED);
            e.save();
        }
    }

    @Override
    public String part() {
        return "agreements and history notes";
    }

    @Override
    public int count(List<Long> ids) {
        return store.count(AgreementEntity.class, Query.select().where(in(AgreementEntity.RELATIONSHIP_ID, ids), ids.toArray()))
                + store.count(RelationshipEventEntity.class, Query.select().where(in(RelationshipEventEntity.RELATIONSHIP_ID, ids)
                + " AND " + RelationshipEventEntity.NOTE + " IS NOT NULL", ids.toArray()));
    }

    @Override
    public int delete(List<Long> ids) {
        int gone = store.deleteWithSQL(AgreementEntity.class, in(AgreementEntity.RELATIONSHIP_ID, ids), ids.toArray());
        for (RelationshipEventEntity e : store.find(RelationshipEventEntity.class, Query.select().where(
                in(RelationshipEventEntity.RELATIONSHIP_ID, ids) + " AND " + RelationshipEventEntity.NOTE + " IS NOT NULL", ids.toArray()))) {
            e.setNote(null);
            e.setNoteVisibility(null);
            e.save();
            gone++;
        }
        store.deleteWithSQL(ClaimEntity.class, in(ClaimEntity.RELATIONSHIP_ID, ids), ids.toArray());
        return gone;
    }
}
