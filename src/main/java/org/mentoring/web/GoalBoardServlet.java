package org.mentoring.web;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.mentoring.error.NotFoundException;
import org.mentoring.goal.GoalService;
import org.mentoring.goal.GoalStatus;
import org.mentoring.goal.GoalViews;
import org.mentoring.paging.Page;
import org.mentoring.paging.PageRequest;
import org.mentoring.relationship.RelationshipService;
import org.mentoring.relationship.RelationshipViews;
import org.mentoring.rest.RequestParams;

/** A relationship's goal board (/plugins/servlet/mentoring/goals?relationship=N): one column per status. */
public class GoalBoardServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    static final int PAGE_SIZE = 100;

    private final transient GoalService goals;
    private final transient GoalViews goalViews;
    private final transient RelationshipService relationships;
    private final transient RelationshipViews relationshipViews;
    private final transient PageResponder pages;

    public GoalBoardServlet(GoalService goals, GoalViews goalViews, RelationshipService relationships,
                            RelationshipViews relationshipViews, PageResponder pages) {
        this.goals = goals;
        this.goalViews = goalViews;
        this.relationships = relationships;
        this.relationshipViews = relationshipViews;
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
            long id = Long.parseLong(req.getParameter("relationship"));
            PageRequest request = RequestParams.pageOrFirst(req.getParameter("startAt"), PAGE_SIZE);
            GoalService.RelationshipGoals result = goals.ofRelationship(viewer.get(), id, Set.of(), request);
            RelationshipService.Viewed viewed = result.relationship();
            Page<org.mentoring.goal.Goal> page = result.goals();
            Map<String, List<Map<String, Object>>> columns = new LinkedHashMap<>();
            for (GoalStatus status : GoalStatus.values()) {
                columns.put(status.name(), new ArrayList<>());
            }
            goalViews.goals(page.values(), viewed.relationship()).forEach(g -> columns.get(g.status()).add(GoalPageModel.goal(g)));
            context.put("r", RelationshipPageModel.relationship(relationshipViews.relationship(viewer.get(), viewed)));
            context.put("columns", columns);
            context.put("member", viewed.role().isMember());
            context.put("canCreate", viewed.role().isMember() && viewed.relationship().status() == org.mentoring.relationship.RelationshipStatus.ACTIVE);
            context.put("hasNext", !page.isLast());
            context.put("nextStart", page.startAt() + PAGE_SIZE);
            pages.render(resp, 200, "templates/goal-board.vm", context);
        } catch (NotFoundException | NumberFormatException e) {
            pages.render(resp, 404, "templates/not-found.vm", context);
        }
    }
}
