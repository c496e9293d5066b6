package org.mentoring.web;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import org.mentoring.error.NotFoundException;
import org.mentoring.goal.Goal;
import org.mentoring.goal.GoalService;
import org.mentoring.goal.GoalViews;
import org.mentoring.paging.PageRequest;

/** One goal (/plugins/servlet/mentoring/goal?id=N): its transitions for this viewer, check-ins, milestones, evidence. */
public class GoalServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    private final transient GoalService goals;
    private final transient GoalViews views;
    private final transient PageResponder pages;

    public GoalServlet(GoalService goals, GoalViews views, PageResponder pages) {
        this.goals = goals;
        this.views = views;
        this.pages = pages;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Optional<String> viewer = pages.viewerOrSignIn(req, resp);
        if (viewer.isEmpty()) {
            return;
        }
        Map<String, Object> context = pages.context(req);
        try {
            Goal goal = goals.get(viewer.get(), Long.parseLong(req.getParameter("id")));
            context.put("g", GoalPageModel.goal(views.goal(goal)));
            context.put("transitions", goals.transitions(viewer.get(), goal.id()).stream().map(GoalPageModel::transition).toList());
            context.put("checkIns", views.checkIns(goals.checkIns(viewer.get(), goal.id(), PageRequest.first(20))).stream()
                    .map(GoalPageModel::checkIn).toList());
            context.put("milestones", goals.milestones(viewer.get(), goal.id()).stream().map(GoalPageModel::milestone).toList());
            context.put("evidence", goals.evidence(viewer.get(), goal.id()).stream().map(GoalPageModel::evidence).toList());
            context.put("member", goal.isMember(viewer.get()));
            context.put("open", goal.status().isOpen());
            pages.render(resp, 200, "templates/goal.vm", context);
        } catch (NotFoundException | NumberFormatException e) {
            pages.render(resp, 404, "templates/not-found.vm", context);
        }
    }
}
