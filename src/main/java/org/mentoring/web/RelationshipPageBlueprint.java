package org.mentoring.web;

import java.util.Map;
import org.mentoring.error.NotFoundException;
import org.mentoring.error.Problems;
import org.mentoring.host.UserDirectory;
import org.mentoring.people.UserJson;
import org.mentoring.relationship.RelationshipService;

/**
 * What the "Mentoring relationship page" blueprint fills in: the relationship a member picked, and a title that
 * names it — unique per relationship, so a space (whose page titles are unique) holds one page per relationship.
 * Only the relationship's members create its page.
 */
public final class RelationshipPageBlueprint {
    private final RelationshipService relationships;
    private final UserDirectory users;

    public RelationshipPageBlueprint(RelationshipService relationships, UserDirectory users) {
        this.relationships = relationships;
        this.users = users;
    }

    /** The template's variables; refuses (400) a missing or malformed id, and (404) a relationship not the viewer's. */
    public Map<String, String> variables(String viewerKey, String relationshipId) {
        Problems problems = new Problems();
        String id = problems.requiredText("relationshipId", relationshipId, 19);
        if (!problems.has("relationshipId") && !id.matches("[1-9][0-9]{0,17}")) {
            problems.add("relationshipId", "mentoring.error.number");
        }
        problems.throwIfAny();
        RelationshipService.Viewed viewed = relationships.view(viewerKey, Long.parseLong(id));
        if (!viewed.role().isMember()) {
            throw new NotFoundException("relationship");
        }
        String mentor = UserJson.lookup(users, viewed.relationship().mentorKey()).displayName();
        String mentee = UserJson.lookup(users, viewed.relationship().menteeKey()).displayName();
        return Map.of("relationshipId", id, "mentorName", mentor, "menteeName", mentee,
                "title", "Mentoring: " + mentor + " & " + mentee + " (#" + id + ")");
    }
}
