package org.mentoring.session;

import static org.mentoring.privacy.RelationshipContent.in;

import java.util.List;
import net.java.ao.Query;
import org.mentoring.host.EntityStore;
import org.mentoring.privacy.RelationshipContent;

/** Retention for the session log: the meetings of due relationships and their action items. */
public final class SessionRetention implements RelationshipContent {
    private final EntityStore store;

    public SessionRetention(EntityStore store) {
        this.store = store;
    }

    @Override
    public String part() {
        return "sessions";
    }

    @Override
    public int count(List<Long> ids) {
        return store.count(SessionEntity.class, Query.select().where(in(SessionEntity.RELATIONSHIP_ID, ids), ids.toArray()));
    }

    @Override
    public int delete(List<Long> ids) {
        store.deleteWithSQL(ActionItemEntity.class, in(ActionItemEntity.RELATIONSHIP_ID, ids), ids.toArray());
        return store.deleteWithSQL(SessionEntity.class, in(SessionEntity.RELATIONSHIP_ID, ids), ids.toArray());
    }
}
