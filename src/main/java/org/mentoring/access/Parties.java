package org.mentoring.access;

/** The people a relationship's access depends on. {@code programId} is null for informal pairs. */
public record Parties(String mentorKey, String menteeKey, Long programId) {
}
