package org.mentoring.relationship;

/** A request to start a relationship, as a caller sent it (validated by {@link RelationshipService}). */
public record Proposal(String mentorKey, String menteeKey, String kind, Long programId, String note) {
}
