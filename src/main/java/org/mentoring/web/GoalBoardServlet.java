package org.mentoring.web;

import com.atlassian.annotations.security.LicensedOnly;
import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.mentoring.goal.GoalService;
import org.mentoring.goal.GoalStatus;
import org.mentoring.goal.GoalViews;
import org.mentoring.paging.Page;
import org.mentoring.paging.PageRequest;
import org.mentoring.relationship.RelationshipService;
import org.mentoring.relationship.RelationshipViews;
import org.mentoring.rest.RequestParams;

/** A relationship's goal board (/plugins/servlet/mentoring/goals?relationship=N): one column per status. */
@LicensedOnly
public class GoalBoardServlet extends PageServlet {
    private static final long serialVersionUID = 1L;
    static final int PAGE_SIZE = 100;

    private final transient GoalService goals;
    private final transient GoalViews goalViews;
    private final transient RelationshipViews relationshipViews;

    public GoalBoardServlet(GoalService goals, GoalViews goalViews, RelationshipViews relationshipViews, PageResponder pages) {
        super(pages);
        this.goals = goals;
        this.goalViews = goalViews;
        this.relationshipViews = relationshipViews;
    }

    @Override
    protected String page(String viewer, HttpServletRequest req, Map<String, Object> context) {
        long id = Long.parseLong(req.getParameter("relationship"));
        PageRequest request = RequestParams.pageOrFirst(req.getParameter("startAt"), PAGE_SIZE);
        GoalService.RelationshipGoals result = goals.ofRelationship(viewer, id, Set.of(), request);
        RelationshipService.Viewed viewed = result.relationship();
        Page<org.mentoring.goal.Goal> page = result.goals();
        Map<String, List<Map<String, Object>>> columns = new LinkedHashMap<>();
        for (GoalStatus status : GoalStatus.values()) {
            columns.put(status.name(), new ArrayList<>());
        }
        Map<Long, GoalService.SentBack> sentBack = goals.sentBack(page.values());
        goalViews.goals(page.values(), viewed.relationship())
                .forEach(g -> columns.get(g.status()).add(GoalPageModel.withSentBack(GoalPageModel.goal(g), sentBack.get(g.id()))));
        context.put("r", RelationshipPageModel.relationship(relationshipViews.relationship(viewer, viewed)));
        context.put("columns", columns);
        context.put("member", viewed.role().isMember());
        context.put("canCreate", viewed.role().isMember() && viewed.relationship().status() == org.mentoring.relationship.RelationshipStatus.ACTIVE);
        context.put("hasNext", !page.isLast());
        context.put("nextStart", page.startAt() + PAGE_SIZE);
        return "templates/goal-board.vm";
    }
}
