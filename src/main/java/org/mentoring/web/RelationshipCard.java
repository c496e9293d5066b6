package org.mentoring.web;

import java.util.Map;
import org.mentoring.relationship.AgreementService;
import org.mentoring.relationship.RelationshipService;
import org.mentoring.relationship.RelationshipViews;

/**
 * A relationship's summary card for the {@code mentoring-relationship} macro: the people and the status for
 * anyone who may know the relationship exists, and the agreement for its members only.
 */
public final class RelationshipCard implements RelationshipSection {
    private final AgreementService agreements;
    private final RelationshipViews views;

    public RelationshipCard(AgreementService agreements, RelationshipViews views) {
        this.agreements = agreements;
        this.views = views;
    }

    @Override
    public String id() {
        return "summary";
    }

    @Override
    public String fill(String viewerKey, RelationshipService.Viewed viewed, Options options, Map<String, Object> context) {
        context.put("r", RelationshipPageModel.relationship(views.relationship(viewerKey, viewed)));
        boolean member = viewed.role().isMember();
        context.put("member", member);
        if (member) {
            agreements.find(viewed).ifPresent(a -> context.put("agreement", RelationshipPageModel.agreement(views.agreement(a))));
        }
        return "templates/sections/summary.vm";
    }
}
