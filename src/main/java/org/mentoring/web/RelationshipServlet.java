package org.mentoring.web;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import org.mentoring.access.Role;
import org.mentoring.error.NotFoundException;
import org.mentoring.paging.Page;
import org.mentoring.paging.PageRequest;
import org.mentoring.relationship.AgreementService;
import org.mentoring.relationship.HistoryEntry;
import org.mentoring.relationship.Relationship;
import org.mentoring.relationship.RelationshipService;
import org.mentoring.relationship.RelationshipViews;
import org.mentoring.rest.RequestParams;

/**
 * One relationship (/plugins/servlet/mentoring/relationship?id=N): the people, the status, the moves this
 * viewer may make, the agreement and the history. What a viewer may see is the core's decision; a
 * relationship they may not know about is the same 404 page as a missing one.
 */
public class RelationshipServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    static final int HISTORY_PAGE = 20;

    private final transient RelationshipService relationships;
    private final transient AgreementService agreements;
    private final transient RelationshipViews views;
    private final transient PageResponder pages;

    public RelationshipServlet(RelationshipService relationships, AgreementService agreements, RelationshipViews views,
                               PageResponder pages) {
        this.relationships = relationships;
        this.agreements = agreements;
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
        RelationshipService.Viewed viewed;
        try {
            viewed = relationships.view(viewer.get(), Long.parseLong(req.getParameter("id")));
        } catch (NotFoundException | NumberFormatException e) {
            pages.render(resp, 404, "templates/not-found.vm", context);
            return;
        }
        Relationship r = viewed.relationship();
        context.put("r", RelationshipPageModel.relationship(views.relationship(viewer.get(), viewed)));
        boolean member = viewed.role().isMember();
        context.put("member", member);
        context.put("viewerIsMentor", viewed.role() == Role.MENTOR);
        if (member) {
            agreements.find(viewed).ifPresent(a -> context.put("agreement", RelationshipPageModel.agreement(views.agreement(a))));
            context.put("agreementEditable", r.status().isLive());
            PageRequest historyPage = RequestParams.pageOrFirst(req.getParameter("historyStart"), HISTORY_PAGE);
            Page<HistoryEntry> history = relationships.history(viewer.get(), viewed, historyPage, false);
            context.put("history", history.values().stream().map(h -> RelationshipPageModel.history(views.history(h))).toList());
            context.put("historyHasNext", !history.isLast());
            context.put("historyNextStart", history.startAt() + HISTORY_PAGE);
            context.put("historyHasPrevious", history.startAt() > 0);
            context.put("historyPreviousStart", Math.max(0, history.startAt() - HISTORY_PAGE));
        }
        pages.render(resp, 200, "templates/relationship.vm", context);
    }
}
