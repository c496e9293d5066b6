package org.mentoring.program;

/** A program's own enrolment question, in its place among the others. */
public record EnrolmentQuestion(long id, int position, String text, boolean required) {
}
