package org.mentoring.access;

/** What a viewer is towards one relationship. A member role wins over any other role the viewer holds. */
public enum Role {
    MENTOR, MENTEE, PROGRAM_MANAGER, ADMIN, OTHER;

    public boolean isMember() {
        return this == MENTOR || this == MENTEE;
    }
}
