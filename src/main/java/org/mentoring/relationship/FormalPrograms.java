package org.mentoring.relationship;

/** The programs formal relationships belong to, as proposing one needs them (the program feature answers). */
public interface FormalPrograms {
    /** Does program {@code programId} exist, take part in no more than it allows, and hold both people in their roles? */
    boolean admits(long programId, String mentorKey, String menteeKey);
}
