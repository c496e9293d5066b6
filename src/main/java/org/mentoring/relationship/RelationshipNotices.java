package org.mentoring.relationship;

import java.util.List;
import java.util.Set;
import org.mentoring.host.Notifications;
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
            EventType.AGREEMENT_UPDATE, EventType.AGREEMENT_ACCEPT, EventType.DEPARTED_PAUSE, EventType.DEPARTED_WITHDRAW);

    /** Answers after which "accept or decline" asks nothing any more. */
    private static final Set<EventType> ANSWERS_PROPOSAL = Set.of(EventType.ACCEPT, EventType.DECLINE, EventType.WITHDRAW, EventType.EXPIRE,
            EventType.DEPARTED_WITHDRAW);
    /** The moves of a program's proposal (both members answer) told in their own words. */
    private static final Set<EventType> PROGRAM_PROPOSAL = Set.of(EventType.PROPOSE, EventType.ACCEPT, EventType.DECLINE, EventType.EXPIRE);
    private static final String PREFIX = "mentoring.relationship.notify.";
    private static final String MATCH = "MATCH_";
    /** A program's proposal that one member accepted: it asks the other to accept too. */
    private static final String ACCEPT_FIRST = "ACCEPT_FIRST";
    /** Reminders of a question that is now answered (org.mentoring.reminder.ReminderType) go with it. */
    private static final String REMINDER = "mentoring.reminder.notify.";

    private final Notifications notifications;

    public RelationshipNotices(Notifications notifications) {
        this.notifications = notifications;
    }

    /** {@code actorKey} null is the system (an expiry): the proposer hears that nobody answered. */
    void changed(EventType type, String actorKey, Relationship r) {
        if (!TOLD.contains(type)) {
            return;
        }
        String link = link(r.id());
        if (r.proposedByProgram() && PROGRAM_PROPOSAL.contains(type)) {
            programProposal(type, actorKey, r, link);
            return;
        }
        String recipient = actorKey == null ? r.proposerKey() : r.otherMember(actorKey);
        String named = actorKey == null ? r.inviteeKey() : actorKey;
        if (ANSWERS_PROPOSAL.contains(type)) {
            notifications.retract(PREFIX + EventType.PROPOSE.name(), link);
            if (r.proposedByProgram()) { // a member left: withdrawn for both
                notifications.retract(PREFIX + MATCH + EventType.PROPOSE.name(), link);
                notifications.retract(PREFIX + MATCH + ACCEPT_FIRST, link);
                notifications.retract(REMINDER + "MATCH_PROPOSAL_WAITING", link);
                notifications.retract(REMINDER + "MATCH_PROPOSAL_EXPIRING", link);
            }
            notifications.retract(REMINDER + "PROPOSAL_WAITING", link);
            notifications.retract(REMINDER + "PROPOSAL_EXPIRING", link);
        } else if (type == EventType.AGREEMENT_ACCEPT) {
            notifications.retract(PREFIX + EventType.AGREEMENT_UPDATE.name(), link);
            notifications.retract(REMINDER + "AGREEMENT_WAITING", link);
        }
        notifications.send(new Notifications.Notification(recipient, named, role(r, named), PREFIX + type.name(), List.of(), link));
    }

    /**
     * A program's proposal, which both members answer: both hear that it was made (and that it expired); an answer is
     * told to the other member; "accept or decline" is retracted once the proposal is settled, not at the first acceptance.
     */
    private void programProposal(EventType type, String actorKey, Relationship r, String link) {
        boolean settled = r.status() != RelationshipStatus.PROPOSED;
        if (settled) {
            notifications.retract(PREFIX + MATCH + EventType.PROPOSE.name(), link);
            notifications.retract(PREFIX + MATCH + ACCEPT_FIRST, link); // "… starts when you accept too" asks nothing now
            notifications.retract(REMINDER + "MATCH_PROPOSAL_WAITING", link);
            notifications.retract(REMINDER + "MATCH_PROPOSAL_EXPIRING", link);
        }
        if (type == EventType.PROPOSE || type == EventType.EXPIRE) {
            for (String member : List.of(r.mentorKey(), r.menteeKey())) {
                String other = r.otherMember(member);
                notifications.send(new Notifications.Notification(member, other, role(r, other), PREFIX + MATCH + type.name(), List.of(), link));
            }
            return;
        }
        String key = type == EventType.ACCEPT && !settled ? ACCEPT_FIRST : type.name();
        notifications.send(new Notifications.Notification(r.otherMember(actorKey), actorKey, role(r, actorKey), PREFIX + MATCH + key,
                List.of(), link));
    }

    /** What {@code userKey} is to the other member of {@code r}. */
    public static Notifications.ActorRole role(Relationship r, String userKey) {
        return userKey.equals(r.mentorKey()) ? Notifications.ActorRole.MENTOR : Notifications.ActorRole.MENTEE;
    }

    static String link(long relationshipId) {
        return PageLinks.RELATIVE.relationship(relationshipId);
    }
}
