package org.mentoring.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.mentoring.access.Role;
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
public class RelationshipServlet extends PageServlet {
    private static final long serialVersionUID = 1L;
    static final int HISTORY_PAGE = 20;

    private final transient RelationshipService relationships;
    private final transient AgreementService agreements;
    private final transient RelationshipViews views;
    private final transient SectionRenderer sectionRenderer;
    private final transient List<RelationshipSection> sections;

    /** {@code sections} (goals, sessions, feedback …) appear between the agreement and the history, in this order. */
    public RelationshipServlet(RelationshipService relationships, AgreementService agreements, RelationshipViews views,
                               PageResponder pages, SectionRenderer sectionRenderer, List<RelationshipSection> sections) {
        super(pages);
        this.relationships = relationships;
        this.agreements = agreements;
        this.views = views;
        this.sectionRenderer = sectionRenderer;
        this.sections = List.copyOf(sections);
    }

    @Override
    protected String page(String viewer, HttpServletRequest req, Map<String, Object> context) {
        RelationshipService.Viewed viewed = relationships.view(viewer, Long.parseLong(req.getParameter("id")));
        Relationship r = viewed.relationship();
        context.put("r", RelationshipPageModel.relationship(views.relationship(viewer, viewed)));
        boolean member = viewed.role().isMember();
        context.put("member", member);
        context.put("viewerIsMentor", viewed.role() == Role.MENTOR);
        if (member) {
            agreements.find(viewed).ifPresent(a -> context.put("agreement", RelationshipPageModel.agreement(views.agreement(a))));
            context.put("agreementEditable", r.status().isLive());
            PageRequest historyPage = RequestParams.pageOrFirst(req.getParameter("historyStart"), HISTORY_PAGE);
            Page<HistoryEntry> history = relationships.history(viewer, viewed, historyPage, false);
            context.put("history", history.values().stream().map(h -> RelationshipPageModel.history(views.history(h))).toList());
            context.put("historyHasNext", !history.isLast());
            context.put("historyNextStart", history.startAt() + HISTORY_PAGE);
            context.put("historyHasPrevious", history.startAt() > 0);
            context.put("historyPreviousStart", Math.max(0, history.startAt() - HISTORY_PAGE));
        }
        context.put("sections", renderSections(viewer, viewed, context));
        return "templates/relationship.vm";
    }

    /** Each section the viewer has something in, as {@code {id, contentHtml}} (already escaped by its own template). */
    private List<Map<String, Object>> renderSections(String viewer, RelationshipService.Viewed viewed, Map<String, Object> context) {
        List<Map<String, Object>> rendered = new ArrayList<>();
        for (RelationshipSection section : sections) {
            String html = sectionRenderer.render(section, viewer, viewed, RelationshipSection.Options.page(), context);
            if (html != null) {
                rendered.add(Map.of("id", section.id(), "contentHtml", html));
            }
        }
        return rendered;
    }
}
