package org.mentoring.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.mentoring.goal.Goal;
import org.mentoring.goal.GoalService;
import org.mentoring.goal.GoalViews;
import org.mentoring.paging.PageRequest;

/** One goal (/plugins/servlet/mentoring/goal?id=N): its transitions for this viewer, check-ins, milestones, evidence. */
public class GoalServlet extends PageServlet {
    private static final long serialVersionUID = 1L;

    private final transient GoalService goals;
    private final transient GoalViews views;

    public GoalServlet(GoalService goals, GoalViews views, PageResponder pages) {
        super(pages);
        this.goals = goals;
        this.views = views;
    }

    @Override
    protected String page(String viewer, HttpServletRequest req, Map<String, Object> context) {
        Goal goal = goals.get(viewer, Long.parseLong(req.getParameter("id")));
        context.put("g", GoalPageModel.goal(views.goal(goal)));
        context.put("transitions", goals.transitions(viewer, goal.id()).stream().map(GoalPageModel::transition).toList());
        context.put("checkIns", views.checkIns(goals.checkIns(viewer, goal.id(), PageRequest.first(20))).stream()
                .map(GoalPageModel::checkIn).toList());
        context.put("milestones", goals.milestones(viewer, goal.id()).stream().map(GoalPageModel::milestone).toList());
        context.put("evidence", goals.evidence(viewer, goal.id()).stream().map(GoalPageModel::evidence).toList());
        context.put("member", goal.isMember(viewer));
        context.put("open", goal.status().isOpen());
        return "templates/goal.vm";
    }
}
