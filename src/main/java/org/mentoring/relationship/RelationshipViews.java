package org.mentoring.relationship;

import org.mentoring.access.Role;
import org.mentoring.host.UserDirectory;
import org.mentoring.people.UserJson;

/** Builds the API (and page) views of relationships, agreements and history for one viewer. */
public final class RelationshipViews {
    public static final String REST_BASE = "/rest/mentoring/1.0";

    private final RelationshipService relationships;
    private final UserDirectory users;

    public RelationshipViews(RelationshipService relationships, UserDirectory users) {
        this.relationships = relationships;
        this.users = users;
    }

    public RelationshipJson relationship(String viewerKey, Relationship r) {
        return relationship(viewerKey, r, relationships.roleOf(viewerKey, r));
    }

    public RelationshipJson relationship(String viewerKey, RelationshipService.Viewed viewed) {
        return relationship(viewerKey, viewed.relationship(), viewed.role());
    }

    private RelationshipJson relationship(String viewerKey, Relationship r, Role role) {
        boolean schedule = relationships.seesMeetingSchedule(role);
        java.time.LocalDate next = schedule ? r.nextMeeting() : null;
        java.time.LocalDate last = schedule ? r.meetings().lastSessionOn() : null;
        return new RelationshipJson(r.id(), REST_BASE + "/relationships/" + r.id(),
                UserJson.lookup(users, r.mentorKey()), UserJson.lookup(users, r.menteeKey()),
                r.kind().name(), r.programId(), r.status().name(), r.proposerKey(), r.inviteeKey(),
                r.proposedAt().toString(), r.statusChangedAt().toString(), r.version(), role.name(),
                relationships.availableMoves(viewerKey, r).stream().map(Move::slug).toList(),
                r.mentorKeepsInTouch(), r.menteeKeepsInTouch(),
                schedule ? r.meetings().sessions() : null, last == null ? null : last.toString(),
                next == null ? null : next.toString(), schedule ? relationships.meetingOverdue(r) : null);
    }

    public record AgreementView(long relationshipId, String objectives, String cadence, Integer cadenceDays,
                                String channel, String confidentiality, String startDate, String plannedEndDate,
                                int revision, boolean mentorAccepted, boolean menteeAccepted, boolean acceptedByBoth,
                                UserJson updatedBy, String updatedAt) {
    }

    public AgreementView agreement(Agreement a) {
        return new AgreementView(a.relationshipId(), a.objectives(), a.cadence().name(), a.cadenceDays(), a.channel(),
                a.confidentiality(), a.startDate() == null ? null : a.startDate().toString(),
                a.plannedEndDate() == null ? null : a.plannedEndDate().toString(), a.revision(), a.mentorAccepted(),
                a.menteeAccepted(), a.acceptedByBoth(), UserJson.lookup(users, a.updatedBy()), a.updatedAt().toString());
    }

    public record HistoryView(int seq, String type, UserJson actor, String actorRole, String at, String from, String to,
                              String note, String noteVisibility) {
    }

    public HistoryView history(HistoryEntry e) {
        return new HistoryView(e.seq(), e.type().name(), e.actorKey() == null ? null : UserJson.lookup(users, e.actorKey()),
                e.actorRole(), e.at().toString(), e.from() == null ? null : e.from().name(),
                e.to() == null ? null : e.to().name(), e.note(), e.noteVisibility() == null ? null : e.noteVisibility().name());
    }
}
