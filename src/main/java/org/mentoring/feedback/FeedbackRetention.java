package org.mentoring.feedback;

import static org.mentoring.privacy.RelationshipContent.in;

import java.util.Arrays;
import java.util.List;
import net.java.ao.Query;
import org.mentoring.host.EntityStore;
import org.mentoring.privacy.RelationshipContent;

/** Retention for feedback: the feedback of due relationships with its versions, discussion and rounds. */
public final class FeedbackRetention implements RelationshipContent {
    private final EntityStore store;

    public FeedbackRetention(EntityStore store) {
        this.store = store;
    }

    @Override
    public String part() {
        return "feedback";
    }

    @Override
    public int count(List<Long> ids) {
        return store.count(FeedbackEntity.class, Query.select().where(in(FeedbackEntity.RELATIONSHIP_ID, ids), ids.toArray()));
    }

    @Override
    public int delete(List<Long> ids) {
        List<Long> feedback = Arrays.stream(store.find(FeedbackEntity.class, Query.select().where(in(FeedbackEntity.RELATIONSHIP_ID, ids), ids.toArray())))
                .map(f -> (long) f.getID()).toList();
        List<Long> rounds = Arrays.stream(store.find(FeedbackRoundEntity.class, Query.select().where(in(FeedbackRoundEntity.RELATIONSHIP_ID, ids), ids.toArray())))
                .map(r -> (long) r.getID()).toList();
        if (!rounds.isEmpty()) {
            store.deleteWithSQL(FeedbackSubmissionEntity.class, in(FeedbackSubmissionEntity.ROUND_ID, rounds), rounds.toArray());
            store.deleteWithSQL(FeedbackRoundEntity.class, in("ID", rounds), rounds.toArray());
        }
        if (feedback.isEmpty()) {
            return 0;
        }
        store.deleteWithSQL(FeedbackVersionEntity.class, in(FeedbackVersionEntity.FEEDBACK_ID, feedback), feedback.toArray());
        store.deleteWithSQL(FeedbackReplyEntity.class, in(FeedbackReplyEntity.FEEDBACK_ID, feedback), feedback.toArray());
        return store.deleteWithSQL(FeedbackEntity.class, in("ID", feedback), feedback.toArray());
    }
}
