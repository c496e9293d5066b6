package org.mentoring.web;

import java.util.Map;
import org.mentoring.network.Introduction;
import org.mentoring.network.IntroductionService;
import org.mentoring.network.IntroductionViews;
import org.mentoring.paging.Page;
import org.mentoring.paging.PageRequest;
import org.mentoring.relationship.RelationshipJson;
import org.mentoring.relationship.RelationshipService;
import org.mentoring.relationship.RelationshipViews;

/**
 * Introductions on the relationship page: the requests either member made of the other and what came of them, a form
 * to ask for one, and, for the asked member, the form to introduce someone (with a note addressed to them) or decline.
 * Pair content: the members only; program managers and administrators get nothing (the section is left out).
 * Two queries: a page of introductions (plus a count only when it is full) and their history.
 */
public final class IntroductionsSection implements RelationshipSection {
    private final IntroductionService introductions;
    private final IntroductionViews views;
    private final RelationshipViews relationshipViews;

    public IntroductionsSection(IntroductionService introductions, IntroductionViews views, RelationshipViews relationshipViews) {
        this.introductions = introductions;
        this.views = views;
        this.relationshipViews = relationshipViews;
    }

    @Override
    public String id() {
        return "introductions";
    }

    @Override
    public String fill(String viewerKey, RelationshipService.Viewed viewed, Options options, Map<String, Object> context) {
        if (!introductions.readsIntroductions(viewed)) {
            return null;
        }
        RelationshipJson r = relationshipViews.relationship(viewerKey, viewed);
        boolean mentor = viewerKey.equals(r.mentor().key());
        context.put("otherName", mentor ? r.mentee().displayName() : r.mentor().displayName());
        context.put("canAsk", options.showsForm() && introductions.mayAsk(viewed));
        context.put("canAct", options.interactive());
        Page<Introduction> page = introductions.ofRelationship(viewerKey, viewed, PageRequest.first(options.limit()));
        context.put("introductions", page.values().stream().map(i -> IntroductionPageModel.introduction(views.introduction(i))).toList());
        context.put("introductionTotal", page.total());
        context.put("introductionsMore", !page.isLast());
        return "templates/sections/introductions.vm";
    }
}
