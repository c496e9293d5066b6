package org.mentoring.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.mentoring.relationship.RelationshipJson;
import org.mentoring.relationship.RelationshipViews;

/**
 * Turns API views into plain maps for templates: templates read {@code $r.status} through Map#get,
 * which every host lets Velocity call (no allowlist entry per view class).
 */
final class RelationshipPageModel {
    private RelationshipPageModel() {
    }

    static Map<String, Object> relationship(RelationshipJson r) {
        Map<String, Object> m = new HashMap<>();
        m.put("id", r.id());
        m.put("mentorName", r.mentor().displayName());
        m.put("mentorKey", r.mentor().key());
        m.put("menteeName", r.mentee().displayName());
        m.put("menteeKey", r.mentee().key());
        m.put("kind", r.kind());
        m.put("status", r.status());
        m.put("statusClass", lozenge(r.status()));
        m.put("version", r.version());
        m.put("viewerRole", r.viewerRole());
        m.put("actions", r.actions());
        m.put("proposedBy", r.proposedBy());
        m.put("invitee", r.invitee());
        m.put("proposedAt", r.proposedAt().substring(0, 10));
        m.put("statusChangedAt", r.statusChangedAt().substring(0, 10));
        m.put("nextMeetingOn", r.nextMeetingOn());
        m.put("meetingOverdue", Boolean.TRUE.equals(r.meetingOverdue()));
        return m;
    }

    static Map<String, Object> agreement(RelationshipViews.AgreementView a) {
        Map<String, Object> m = new HashMap<>();
        m.put("objectives", a.objectives());
        m.put("cadence", a.cadence());
        m.put("cadenceDays", a.cadenceDays());
        m.put("channel", a.channel());
        m.put("confidentiality", a.confidentiality());
        m.put("startDate", a.startDate());
        m.put("plannedEndDate", a.plannedEndDate());
        m.put("revision", a.revision());
        m.put("mentorAccepted", a.mentorAccepted());
        m.put("menteeAccepted", a.menteeAccepted());
        m.put("acceptedByBoth", a.acceptedByBoth());
        m.put("updatedBy", a.updatedBy().displayName());
        return m;
    }

    static Map<String, Object> history(RelationshipViews.HistoryView h) {
        Map<String, Object> m = new HashMap<>();
        m.put("seq", h.seq());
        m.put("type", h.type());
        m.put("actor", h.actor() == null ? null : h.actor().displayName());
        m.put("at", h.at().substring(0, 16).replace('T', ' '));
        m.put("from", h.from());
        m.put("to", h.to());
        m.put("note", h.note());
        m.put("privateNote", "PRIVATE".equals(h.noteVisibility()));
        return m;
    }

    static List<Map<String, Object>> relationships(List<RelationshipJson> values) {
        return values.stream().map(RelationshipPageModel::relationship).toList();
    }

    /** AUI lozenge modifier per status. */
    static String lozenge(String status) {
        switch (status) {
            case "ACTIVE":
                return "aui-lozenge-success";
            case "PROPOSED":
                return "aui-lozenge-inprogress";
            case "PAUSED":
                return "aui-lozenge-moved";
            case "COMPLETED":
            case "ALUMNI":
                return "aui-lozenge-new";
            case "ENDED":
            case "DECLINED":
                return "aui-lozenge-removed";
            default:
                return "";
        }
    }
}
