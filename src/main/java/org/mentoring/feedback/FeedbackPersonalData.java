package org.mentoring.feedback;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.java.ao.Query;
import org.mentoring.access.Visibility;
import org.mentoring.host.EntityStore;
import org.mentoring.host.UserDirectory;
import org.mentoring.privacy.KeyColumn;
import org.mentoring.privacy.KeyRewrite;
import org.mentoring.privacy.PagedRows;
import org.mentoring.privacy.PersonalData;

/**
 * Feedback's part of a person's data: feedback they gave and received as the pair sees it (never another person's
 * private feedback, nor blind-round feedback before it is revealed), with its discussion. Erasure deletes their
 * private feedback; feedback shared with the other member stays, attributed to a former user.
 */
public final class FeedbackPersonalData implements PersonalData {
    private static final String INVOLVED = PagedRows.either(FeedbackEntity.AUTHOR_KEY, FeedbackEntity.RECIPIENT_KEY);
    private static final List<KeyColumn> KEYS = List.of(
            KeyColumn.of(FeedbackEntity.class, FeedbackEntity.AUTHOR_KEY),
            KeyColumn.of(FeedbackEntity.class, FeedbackEntity.RECIPIENT_KEY),
            KeyColumn.of(FeedbackReplyEntity.class, FeedbackReplyEntity.AUTHOR_KEY),
            KeyColumn.of(FeedbackRoundEntity.class, FeedbackRoundEntity.OPENED_BY),
            KeyColumn.of(FeedbackSubmissionEntity.class, FeedbackSubmissionEntity.AUTHOR_KEY));

    private final EntityStore store;
    private final UserDirectory users;
    private final KeyRewrite rewrite;
    private final Clock clock;

    public FeedbackPersonalData(EntityStore store, UserDirectory users, KeyRewrite rewrite, Clock clock) {
        this.store = store;
        this.users = users;
        this.rewrite = rewrite;
        this.clock = clock;
    }

    @Override
    public String part() {
        return "feedback";
    }

    @Override
    public List<KeyColumn> keyColumns() {
        return KEYS;
    }

    @Override
    public Map<String, Integer> count(String userKey) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        counts.put("feedback.given", rewrite.count(KEYS.get(0), userKey));
        counts.put("feedback.received", rewrite.count(KEYS.get(1), userKey));
        counts.put("feedback.replies", rewrite.count(KEYS.get(2), userKey));
        counts.put("feedback.private", privateFeedback(userKey).length);
        return counts;
    }

    @Override
    public Object export(String userKey) {
        Instant now = clock.instant();
        List<Object> out = new ArrayList<>();
        PagedRows.pages(store, FeedbackEntity.class, INVOLVED, new Object[] {userKey, userKey}, page -> {
            Map<Long, List<FeedbackReplyEntity>> discussions = PagedRows.children(store, FeedbackReplyEntity.class,
                    FeedbackReplyEntity.FEEDBACK_ID, page.stream().map(f -> (long) f.getID()).toList(), FeedbackReplyEntity.SEQ + ", ID",
                    FeedbackReplyEntity::getFeedbackId);
            for (FeedbackEntity f : page) {
                boolean author = userKey.equals(f.getAuthorKey());
                boolean readable = author || (!Visibility.PRIVATE.name().equals(f.getVisibility()) && FeedbackRules.revealed(f, now));
                if (!readable) {
                    continue;
                }
                Map<String, Object> item = new LinkedHashMap<>();
                item.put("id", f.getID());
                item.put("relationshipId", f.getRelationshipId());
                item.put("from", name(f.getAuthorKey()));
                item.put("to", name(f.getRecipientKey()));
                item.put("kind", f.getKind());
                item.put("text", f.getText());
                item.put("ratings", f.getRatings());
                item.put("visibility", f.getVisibility());
                item.put("givenAt", Instant.ofEpochMilli(f.getGivenAt()).toString());
                List<Object> replies = new ArrayList<>();
                for (FeedbackReplyEntity r : discussions.getOrDefault((long) f.getID(), List.of())) {
                    replies.add(Map.of("by", name(r.getAuthorKey()), "text", r.getText(), "at", Instant.ofEpochMilli(r.getWrittenAt()).toString()));
                }
                item.put("discussion", replies);
                out.add(item);
            }
        });
        return out;
    }

    @Override
    public void erase(String userKey) {
        for (FeedbackEntity f : privateFeedback(userKey)) {
            store.deleteWithSQL(FeedbackVersionEntity.class, FeedbackVersionEntity.FEEDBACK_ID + " = ?", f.getID());
            store.deleteWithSQL(FeedbackReplyEntity.class, FeedbackReplyEntity.FEEDBACK_ID + " = ?", f.getID());
            store.delete(f);
        }
    }

    private FeedbackEntity[] privateFeedback(String userKey) {
        return store.find(FeedbackEntity.class, Query.select().where(FeedbackEntity.AUTHOR_KEY + " = ? AND "
                + FeedbackEntity.VISIBILITY + " = ?", userKey, Visibility.PRIVATE.name()));
    }

    private String name(String key) {
        return key == null ? null : users.find(key).map(p -> p.displayName()).orElse(key);
    }
}
