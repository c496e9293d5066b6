package org.mentoring.access;

/** What a viewer wants to do with a mentoring profile. */
public enum ProfileAction {
    SEE,
    EDIT
}
