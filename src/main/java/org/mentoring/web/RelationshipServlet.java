package org.mentoring.web;

import com.atlassian.annotations.security.LicensedOnly;
import jakarta.servlet.http.HttpServletRequest;
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
@LicensedOnly
public class RelationshipServlet extends PageServlet {
    private static final long serialVersionUID = 1L;
    static final int HISTORY_PAGE = 20;

    private final transient RelationshipService relationships;
    private final transient AgreementService agreements;
    private final transient RelationshipViews views;
    private final transient List<String> sectionIds;

    /**
     * {@code sections} (goals, sessions, feedback …) appear between the agreement and the history, in this
     * order; the page loads each from {@link SectionServlet} after itself.
     */
    public RelationshipServlet(RelationshipService relationships, AgreementService agreements, RelationshipViews views,
                               PageResponder pages, RelationshipPageSections sections) {
        super(pages);
        this.relationships = relationships;
        this.agreements = agreements;
        this.views = views;
        this.sectionIds = sections.inOrder().stream().map(RelationshipSection::id).toList();
    }

    @Override
    protected String page(String viewer, HttpServletRequest req, Map<String, Object> context) {
        RelationshipService.Viewed viewed = relationships.view(viewer, Long.parseLong(req.getParameter("id")));
        Relationship r = viewed.relationship();
        var json = views.relationship(viewer, viewed);
        context.put("r", RelationshipPageModel.relationship(json));
        boolean member = viewed.role().isMember();
        context.put("member", member);
        context.put("viewerIsMentor", viewed.role() == Role.MENTOR);
        if (member) {
            // After "Keep in touch": whether the viewer chose it, and whether the other person has yet.
            context.put("viewerKeepsInTouch", r.keepsInTouch(viewer));
            context.put("otherKeepsInTouch", r.keepsInTouch(r.otherMember(viewer)));
            boolean programProposal = r.status() == org.mentoring.relationship.RelationshipStatus.PROPOSED && r.proposedByProgram();
            context.put("programProposal", programProposal);
            context.put("viewerAccepted", programProposal && !json.actions().contains("accept"));
            context.put("otherName", viewed.role() == Role.MENTOR ? json.mentee().displayName() : json.mentor().displayName());
        }
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
        context.put("sectionIds", sectionIds);
        return "templates/relationship.vm";
    }
}
