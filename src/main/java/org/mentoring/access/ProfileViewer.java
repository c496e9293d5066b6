package org.mentoring.access;

/** What a viewer is towards one mentoring profile. Profiles are not relationship content: PAIR/PRIVATE do not apply. */
public enum ProfileViewer {
    /** The person the profile belongs to. */
    OWNER,
    /** A Jira/Confluence administrator (who keeps the skills catalogue and may correct any profile). */
    ADMIN,
    /** Any other signed-in, active person who may use mentoring. */
    MEMBER,
    /** Anonymous, or a person who is not active. */
    NOBODY
}
