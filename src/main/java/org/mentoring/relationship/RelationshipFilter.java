package org.mentoring.relationship;

import java.util.Set;
import org.mentoring.access.Role;

/** Narrows "my relationships": by status (empty: all) and by the viewer's role (null: either). */
public record RelationshipFilter(Set<RelationshipStatus> statuses, Role role) {
    public RelationshipFilter {
        statuses = Set.copyOf(statuses);
        if (role != null && !role.isMember()) {
            throw new IllegalArgumentException("role filter must be MENTOR or MENTEE");
        }
    }

    public static RelationshipFilter all() {
        return new RelationshipFilter(Set.of(), null);
    }
}
