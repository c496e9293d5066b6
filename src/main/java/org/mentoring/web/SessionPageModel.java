package org.mentoring.web;

import java.util.HashMap;
import java.util.Map;
import org.mentoring.session.SessionViews;

/** Session views as plain maps for templates (read through Map#get, which every host lets Velocity call). */
final class SessionPageModel {
    private SessionPageModel() {
    }

    static Map<String, Object> session(SessionViews.SessionJson s) {
        Map<String, Object> m = new HashMap<>();
        m.put("id", s.id());
        m.put("heldOn", s.heldOn());
        m.put("durationMinutes", s.durationMinutes());
        m.put("topics", s.topics());
        m.put("sharedNotes", s.sharedNotes());
        m.put("privateNote", s.privateNote());
        m.put("nextMeetingOn", s.nextMeetingOn());
        m.put("loggedBy", s.loggedBy().displayName());
        m.put("version", s.version());
        m.put("items", s.actionItems().stream().map(SessionPageModel::item).toList());
        return m;
    }

    static Map<String, Object> item(SessionViews.ActionItemJson i) {
        Map<String, Object> m = new HashMap<>();
        m.put("id", i.id());
        m.put("text", i.text());
        m.put("owner", i.owner().displayName());
        m.put("ownerKey", i.owner().key());
        m.put("dueOn", i.dueOn());
        m.put("done", i.done());
        m.put("goalId", i.goalId());
        m.put("milestone", i.milestoneId() != null);
        m.put("converted", i.goalId() != null);
        m.put("version", i.version());
        return m;
    }
}
