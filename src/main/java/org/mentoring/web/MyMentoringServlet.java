package org.mentoring.web;

import com.atlassian.annotations.security.LicensedOnly;
import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.mentoring.access.Role;
import org.mentoring.feedback.FeedbackService;
import org.mentoring.goal.GoalService;
import org.mentoring.paging.Page;
import org.mentoring.paging.PageRequest;
import org.mentoring.relationship.AgreementService;
import org.mentoring.relationship.Relationship;
import org.mentoring.relationship.RelationshipFilter;
import org.mentoring.relationship.RelationshipService;
import org.mentoring.relationship.RelationshipViews;
import org.mentoring.rest.RequestParams;

/**
 * "My mentoring" (/plugins/servlet/mentoring/my): the viewer's relationships as mentor and as mentee, each with its
 * progress at a glance (next meeting, open goals, what waits for the viewer, last activity), so someone with several
 * sees who needs attention; and for someone with none yet, what the app is for and the ways in.
 *
 * <p>A bounded number of statements whatever the number of relationships: a page of each list (and its count), then
 * one query each for their goal summaries, goals waiting for the viewer, agreements and open feedback rounds.
 */
@LicensedOnly
public class MyMentoringServlet extends PageServlet {
    private static final long serialVersionUID = 1L;
    static final int PAGE_SIZE = 20;

    private final transient RelationshipService relationships;
    private final transient RelationshipViews views;
    private final transient GoalService goals;
    private final transient AgreementService agreements;
    private final transient FeedbackService feedback;

    public MyMentoringServlet(RelationshipService relationships, RelationshipViews views, GoalService goals, AgreementService agreements,
                              FeedbackService feedback, PageResponder pages) {
        super(pages);
        this.relationships = relationships;
        this.views = views;
        this.goals = goals;
        this.agreements = agreements;
        this.feedback = feedback;
    }

    @Override
    protected String page(String viewer, HttpServletRequest req, Map<String, Object> context) {
        Page<Relationship> asMentor = list(viewer, Role.MENTOR, req.getParameter("mentorStart"));
        Page<Relationship> asMentee = list(viewer, Role.MENTEE, req.getParameter("menteeStart"));
        List<Relationship> all = new ArrayList<>(asMentor.values());
        all.addAll(asMentee.values());
        Glances glances = new Glances(goals.glance(viewer, all), agreements.awaitingAcceptance(viewer, all),
                feedback.roundsAwaiting(viewer, all));
        Map<String, Object> mentoring = section(viewer, asMentor, glances);
        Map<String, Object> mentored = section(viewer, asMentee, glances);
        context.put("mentoring", mentoring);
        context.put("mentored", mentored);
        context.put("firstUse", asMentor.total() == 0 && asMentee.total() == 0);
        context.put("needAttention", (int) mentoring.get("needAttention") + (int) mentored.get("needAttention"));
        return "templates/my-mentoring.vm";
    }

    private Page<Relationship> list(String viewer, Role role, String startAt) {
        return relationships.listMine(viewer, new RelationshipFilter(Set.of(), role), RequestParams.pageOrFirst(startAt, PAGE_SIZE));
    }

    private record Glances(Map<Long, GoalService.Glance> goals, Set<Long> agreements, Set<Long> rounds) {
    }

    private Map<String, Object> section(String viewer, Page<Relationship> page, Glances glances) {
        List<Map<String, Object>> items = new ArrayList<>();
        int needAttention = 0;
        for (Relationship r : page.values()) {
            Map<String, Object> item = new HashMap<>(RelationshipPageModel.relationship(views.relationship(viewer, r)));
            GoalService.Glance g = glances.goals().getOrDefault(r.id(), GoalService.Glance.NONE);
            item.put("openGoals", g.open());
            item.put("goalProgress", g.averageProgress());
            item.put("achievedGoals", g.achieved());
            List<Map<String, Object>> waits = new ArrayList<>();
            // A program's proposal waits for each member until they accept it.
            boolean answer = r.status() == org.mentoring.relationship.RelationshipStatus.PROPOSED && (viewer.equals(r.inviteeKey())
                    || r.proposedByProgram() && item.get("actions") instanceof List<?> actions && actions.contains("accept"));
            item.put("waitingForViewer", answer);
            if (answer) {
                waits.add(wait("proposal", 1));
            }
            if (glances.agreements().contains(r.id())) {
                waits.add(wait("agreement", 1));
            }
            if (g.toAgree() > 0) {
                waits.add(wait("agree", g.toAgree()));
            }
            if (g.toReview() > 0) {
                waits.add(wait("review", g.toReview()));
            }
            if (glances.rounds().contains(r.id())) {
                waits.add(wait("round", 1));
            }
            item.put("waits", waits);
            boolean attention = !waits.isEmpty() || Boolean.TRUE.equals(item.get("meetingOverdue"));
            item.put("needsAttention", attention);
            needAttention += attention ? 1 : 0;
            item.put("lastActivity", lastActivity(r, g));
            items.add(item);
        }
        return Map.of(
                "items", items,
                "total", page.total(),
                "needAttention", needAttention,
                "startAt", page.startAt(),
                "hasPrevious", page.startAt() > 0,
                "previousStart", Math.max(0, page.startAt() - PAGE_SIZE),
                "hasNext", !page.isLast(),
                "nextStart", page.startAt() + PAGE_SIZE);
    }

    private static Map<String, Object> wait(String what, int count) {
        return Map.of("what", what, "count", count);
    }

    /** The day something last happened: a status change, a session held, a goal changed. */
    private static String lastActivity(Relationship r, GoalService.Glance g) {
        String last = r.statusChangedAt().toString().substring(0, 10);
        java.time.LocalDate session = r.meetings().lastSessionOn();
        if (session != null && session.toString().compareTo(last) > 0) {
            last = session.toString();
        }
        if (g.lastChange() != null && g.lastChange().toString().substring(0, 10).compareTo(last) > 0) {
            last = g.lastChange().toString().substring(0, 10);
        }
        return last;
    }
}
