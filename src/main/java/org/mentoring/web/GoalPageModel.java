package org.mentoring.web;

import java.util.HashMap;
import java.util.Map;
import org.mentoring.goal.Evidence;
import org.mentoring.goal.GoalService;
import org.mentoring.goal.GoalViews;
import org.mentoring.goal.Milestone;

/** Goal views as plain maps for templates (read through Map#get, which every host lets Velocity call). */
final class GoalPageModel {
    private GoalPageModel() {
    }

    static Map<String, Object> goal(GoalViews.GoalJson g) {
        Map<String, Object> m = new HashMap<>();
        m.put("id", g.id());
        m.put("relationshipId", g.relationshipId());
        m.put("title", g.title());
        m.put("description", g.description());
        m.put("successCriteria", g.successCriteria());
        m.put("competencies", String.join(", ", g.competencies()));
        m.put("targetDate", g.targetDate());
        m.put("status", g.status());
        m.put("statusClass", lozenge(g.status()));
        m.put("progress", g.progress());
        m.put("owner", g.owner().displayName());
        m.put("ownerKey", g.owner().key());
        m.put("version", g.version());
        m.put("overdue", g.overdue());
        m.put("checkInDue", g.checkInDue());
        return m;
    }

    /** The goal's model with why it was last sent back from review, if it was (shown until it goes to review again). */
    static Map<String, Object> withSentBack(Map<String, Object> goal, GoalService.SentBack sentBack) {
        if (sentBack != null) {
            goal.put("sentBack", sentBack.comment());
        }
        return goal;
    }

    static Map<String, Object> transition(GoalService.Transition t) {
        return Map.of("id", t.id(), "name", t.name(), "to", t.to().name(), "field", t.requiredField() == null ? "" : t.requiredField());
    }

    static Map<String, Object> checkIn(GoalViews.CheckInJson c) {
        Map<String, Object> m = new HashMap<>();
        m.put("author", c.author().displayName());
        m.put("date", c.date());
        m.put("progress", c.progress());
        m.put("note", c.note());
        m.put("privateNote", "PRIVATE".equals(c.noteVisibility()));
        return m;
    }

    static Map<String, Object> milestone(Milestone ms) {
        return Map.of("id", ms.id(), "title", ms.title(), "done", ms.done());
    }

    static Map<String, Object> evidence(Evidence e) {
        Map<String, Object> m = new HashMap<>();
        m.put("kind", e.kind().name());
        m.put("ref", e.ref());
        m.put("label", e.label() == null ? e.ref() : e.label());
        m.put("isUrl", e.kind() == Evidence.Kind.URL);
        return m;
    }

    static String lozenge(String status) {
        switch (status) {
            case "ACHIEVED":
                return "aui-lozenge-success";
            case "IN_PROGRESS":
            case "IN_REVIEW":
                return "aui-lozenge-inprogress";
            case "AGREED":
                return "aui-lozenge-new";
            case "DROPPED":
                return "aui-lozenge-removed";
            default:
                return "";
        }
    }
}
