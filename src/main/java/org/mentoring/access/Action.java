package org.mentoring.access;

/** What a viewer wants to do with a relationship or a piece of its content. */
public enum Action {
    /** Know that the relationship exists, who is in it and its status. */
    SEE_RELATIONSHIP,
    /** Read a piece of content (decided by its visibility and author). */
    SEE_CONTENT,
    /** Add content (notes, feedback, reflections) to the relationship. */
    ADD_CONTENT,
    /** Change content one wrote. */
    EDIT_CONTENT,
    /**
     * Change a record the two members keep together, whoever wrote it (a session's shared notes and its
     * action items): shared (PAIR or PROGRAM) content only; PRIVATE content stays its author's (EDIT_CONTENT).
     */
    EDIT_SHARED,
    /** Move the relationship through its lifecycle or change its agreement (the lifecycle says which moves). */
    CHANGE_RELATIONSHIP
}
