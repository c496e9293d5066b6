package org.mentoring.relationship;

import java.util.List;
import java.util.Set;
import org.mentoring.host.Notifications;
import org.mentoring.host.UserDirectory;
import org.mentoring.people.UserJson;
import org.mentoring.web.PageLinks;

/**
 * Tells the other member when a relationship changes (proposed to them, accepted, paused, the agreement edited …),
 * in the changing transaction, so a change that rolls back tells nobody. Notes are never part of a notification:
 * they may be private.
 */
public final class RelationshipNotices {
    /** Changes the other member hears about; a closing reflection is the author's own business. */
    private static final Set<EventType> TOLD = Set.of(EventType.PROPOSE, EventType.ACCEPT, EventType.DECLINE, EventType.WITHDRAW,
            EventType.EXPIRE, EventType.PAUSE, EventType.RESUME, EventType.COMPLETE, EventType.END, EventType.KEEP_IN_TOUCH,
            EventType.AGREEMENT_UPDATE, EventType.AGREEMENT_ACCEPT);

    private final Notifications notifications;
    private final UserDirectory users;

    public RelationshipNotices(Notifications notifications, UserDirectory users) {
        this.notifications = notifications;
        this.users = users;
    }

    /** {@code actorKey} null is the system (an expiry): the proposer hears that nobody answered. */
    void changed(EventType type, String actorKey, Relationship r) {
        if (!TOLD.contains(type)) {
            return;
        }
        String recipient = actorKey == null ? r.proposerKey() : r.otherMember(actorKey);
        String who = actorKey == null ? UserJson.lookup(users, r.inviteeKey()).displayName() : UserJson.lookup(users, actorKey).displayName();
        notifications.send(new Notifications.Notification(recipient, "mentoring.relationship.notify." + type.name(), List.of(who),
                PageLinks.RELATIVE.relationship(r.id())));
    }
}
