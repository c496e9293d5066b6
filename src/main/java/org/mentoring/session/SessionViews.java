package org.mentoring.session;

import java.util.List;
import org.mentoring.host.UserDirectory;
import org.mentoring.people.UserJson;
import org.mentoring.relationship.RelationshipViews;

/** API (and page) views of sessions and action items. */
public final class SessionViews {
    /** {@code privateNote} is the caller's own private note (null if none); nobody else's is ever in it. */
    public record SessionJson(long id, String self, long relationshipId, String heldOn, Integer durationMinutes, String topics,
                              String sharedNotes, String privateNote, String nextMeetingOn, UserJson loggedBy, UserJson updatedBy,
                              String createdAt, String updatedAt, int version, List<ActionItemJson> actionItems) {
    }

    /** {@code goalId} (and {@code milestoneId}) say what the item became; {@code goal} links that goal. */
    public record ActionItemJson(long id, long sessionId, String text, UserJson owner, String dueOn, boolean done, Long goalId,
                                 Long milestoneId, String goal, int version) {
    }

    private final UserDirectory users;

    public SessionViews(UserDirectory users) {
        this.users = users;
    }

    public SessionJson session(Session s) {
        return new SessionJson(s.id(), RelationshipViews.REST_BASE + "/sessions/" + s.id(), s.relationshipId(), s.heldOn().toString(),
                s.durationMinutes(), s.topics(), s.sharedNotes(), s.privateNote(),
                s.nextMeetingOn() == null ? null : s.nextMeetingOn().toString(), UserJson.lookup(users, s.loggedBy()),
                UserJson.lookup(users, s.updatedBy()), s.createdAt().toString(), s.updatedAt().toString(), s.version(),
                s.actionItems().stream().map(this::item).toList());
    }

    public ActionItemJson item(ActionItem i) {
        return new ActionItemJson(i.id(), i.sessionId(), i.text(), UserJson.lookup(users, i.ownerKey()),
                i.dueOn() == null ? null : i.dueOn().toString(), i.done(), i.goalId(), i.milestoneId(),
                i.goalId() == null ? null : RelationshipViews.REST_BASE + "/goals/" + i.goalId(), i.version());
    }
}
