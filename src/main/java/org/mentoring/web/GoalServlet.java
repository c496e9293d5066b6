package org.mentoring.web;

import com.atlassian.annotations.security.LicensedOnly;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.mentoring.goal.Goal;
import org.mentoring.goal.GoalService;
import org.mentoring.goal.GoalViews;
import java.util.List;

/** One goal (/plugins/servlet/mentoring/goal?id=N): its transitions for this viewer, check-ins, milestones, evidence. */
@LicensedOnly
public class GoalServlet extends PageServlet {
    private static final long serialVersionUID = 1L;
    static final int CHECK_INS = 20;

    private final transient GoalService goals;
    private final transient GoalViews views;

    public GoalServlet(GoalService goals, GoalViews views, PageResponder pages) {
        super(pages);
        this.goals = goals;
        this.views = views;
    }

    @Override
    protected String page(String viewer, HttpServletRequest req, Map<String, Object> context) {
        GoalService.GoalPage page = goals.page(viewer, Long.parseLong(req.getParameter("id")), CHECK_INS);
        Goal goal = page.goal();
        context.put("g", GoalPageModel.goal(views.goals(List.of(goal), page.relationship().relationship()).get(0)));
        context.put("transitions", page.transitions().stream().map(GoalPageModel::transition).toList());
        context.put("checkIns", views.checkIns(page.checkIns()).stream().map(GoalPageModel::checkIn).toList());
        context.put("milestones", page.milestones().stream().map(GoalPageModel::milestone).toList());
        context.put("evidence", page.evidence().stream().map(GoalPageModel::evidence).toList());
        context.put("member", goal.isMember(viewer));
        context.put("open", goal.status().isOpen());
        context.put("isOwner", viewer.equals(goal.ownerKey()));
        context.put("agreer", views.name(goal.otherMember()));
        context.put("inProgram", page.relationship().relationship().programId() != null);
        context.put("milestonesDone", page.milestones().stream().filter(org.mentoring.goal.Milestone::done).count());
        page.sentBack().ifPresent(s -> context.put("sentBack", Map.of("by", views.name(s.actorKey()),
                "on", s.at().toString().substring(0, 10), "comment", s.comment())));
        return "templates/goal.vm";
    }
}
