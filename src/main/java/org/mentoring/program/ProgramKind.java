package org.mentoring.program;

/** A cohort runs between two dates; an always-on program has none. */
public enum ProgramKind {
    COHORT, ALWAYS_ON
}
