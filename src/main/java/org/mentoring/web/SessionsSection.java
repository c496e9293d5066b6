package org.mentoring.web;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.mentoring.paging.Page;
import org.mentoring.paging.PageRequest;
import org.mentoring.relationship.RelationshipJson;
import org.mentoring.relationship.RelationshipService;
import org.mentoring.relationship.RelationshipStatus;
import org.mentoring.relationship.RelationshipViews;
import org.mentoring.session.Session;
import org.mentoring.session.SessionService;
import org.mentoring.session.SessionViews;

/**
 * The session log on the relationship page (and in a Confluence macro): the next meeting and whether it is
 * overdue (members and program managers), and for the members the latest sessions with their shared notes,
 * the viewer's own private note, action items, and a form to log a session. Administrators get nothing.
 * Costs two queries for members (the sessions, their action items), and one more for the agenda prompt (the open goals)
 * when they may log a session; none for program managers.
 * {@code Options.goalId} does not apply: sessions belong to the relationship, not to one goal.
 */
public final class SessionsSection implements RelationshipSection {
    private final SessionService sessions;
    private final SessionViews views;
    private final RelationshipViews relationshipViews;
    private final java.time.Clock clock;
    private final org.mentoring.goal.GoalService goals;

    public SessionsSection(SessionService sessions, SessionViews views, RelationshipViews relationshipViews, java.time.Clock clock,
                           org.mentoring.goal.GoalService goals) {
        this.goals = goals;
        this.sessions = sessions;
        this.views = views;
        this.relationshipViews = relationshipViews;
        this.clock = clock;
    }

    @Override
    public String id() {
        return "sessions";
    }

    @Override
    public String fill(String viewerKey, RelationshipService.Viewed viewed, Options options, Map<String, Object> context) {
        RelationshipJson r = relationshipViews.relationship(viewerKey, viewed);
        boolean member = sessions.readsLog(viewed);
        boolean open = sessions.logsSessions(viewed);
        if (!member && r.meetingOverdue() == null) {
            return null;
        }
        if (!open && viewed.relationship().meetings().sessions() == 0
                && viewed.relationship().status() != RelationshipStatus.ACTIVE && viewed.relationship().status() != RelationshipStatus.ALUMNI) {
            return null; // a proposal, or a mentorship that never met: nothing to show yet
        }
        Map<String, Object> schedule = new HashMap<>();
        schedule.put("count", r.sessionCount());
        schedule.put("lastOn", r.lastSessionOn());
        schedule.put("nextOn", r.nextMeetingOn());
        schedule.put("overdue", Boolean.TRUE.equals(r.meetingOverdue()));
        context.put("schedule", schedule);
        context.put("member", member);
        if (!member) {
            return "templates/sections/sessions.vm";
        }
        context.put("canLog", options.showsForm() && open);
        context.put("canEdit", options.interactive() && open);
        // Goals change only while the relationship is active (the goal rules): offer conversions only then.
        context.put("canConvert", options.interactive() && open && viewed.relationship().status() == RelationshipStatus.ACTIVE);
        context.put("people", List.of(person(r.mentor().key(), r.mentor().displayName()), person(r.mentee().key(), r.mentee().displayName())));
        context.put("today", LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC).toString());
        if (options.showsList()) {
            Page<Session> page = sessions.ofRelationship(viewerKey, viewed, PageRequest.first(options.limit()));
            context.put("sessions", page.values().stream().map(s -> SessionPageModel.session(views.session(s))).toList());
            context.put("sessionTotal", page.total());
            context.put("sessionsMore", !page.isLast());
            if (options.showsForm() && open) {
                agenda(viewed, page.values().isEmpty() ? null : (Map<String, Object>) ((List<?>) context.get("sessions")).get(0), context);
            }
        }
        return "templates/sections/sessions.vm";
    }

    /** Open goals to look at. */
    static final int AGENDA_GOALS = 5;

    /**
     * What to talk about next time, for the pair logging their meetings: the open goals (one query) and the action items of
     * the last session still open (already read with it).
     */
    @SuppressWarnings("unchecked")
    private void agenda(RelationshipService.Viewed viewed, Map<String, Object> lastSession, Map<String, Object> context) {
        List<Map<String, Object>> open = goals.openGoals(viewed, AGENDA_GOALS).stream()
                .map(g -> Map.<String, Object>of("id", g.id(), "title", g.title(), "progress", g.progress())).toList();
        List<Map<String, Object>> items = lastSession == null ? List.of()
                : ((List<Map<String, Object>>) lastSession.get("items")).stream()
                        .filter(i -> !Boolean.TRUE.equals(i.get("done")) && !Boolean.TRUE.equals(i.get("converted"))).toList();
        context.put("agendaGoals", open);
        context.put("agendaItems", items);
        context.put("agendaFrom", lastSession == null ? null : lastSession.get("heldOn"));
    }

    private static Map<String, Object> person(String key, String name) {
        return Map.of("key", key, "name", name);
    }
}
