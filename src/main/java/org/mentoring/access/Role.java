package org.mentoring.access;

/**
 * What a viewer is towards one relationship. A member role wins over any other role the viewer holds.
 * {@code INTRODUCED} is the person a member introduced the other member to: a role towards that one introduction
 * only ({@link AccessPolicy#introductionRoleOf}); towards the relationship itself they are nobody.
 */
public enum Role {
    MENTOR, MENTEE, PROGRAM_MANAGER, ADMIN, OTHER, INTRODUCED;

    public boolean isMember() {
        return this == MENTOR || this == MENTEE;
    }
}
