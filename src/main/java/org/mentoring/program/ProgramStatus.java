package org.mentoring.program;

/** A program's lifecycle: drafted, open for enrolment, running, closed. */
public enum ProgramStatus {
    DRAFT, OPEN, RUNNING, CLOSED
}
