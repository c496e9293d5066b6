package org.mentoring.access;

/** What a viewer wants to do with a program. */
public enum ProgramAction {
    /** Know the program exists and read it, its managers and its history. */
    SEE,
    /** Change the program's fields. */
    EDIT,
    /** Move it through its lifecycle (open enrolment, start, close). */
    MOVE,
    /** Approve or decline people's enrolments. */
    DECIDE_ENROLMENT,
    /** Appoint or remove its managers. */
    APPOINT
}
