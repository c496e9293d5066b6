package org.mentoring.relationship;

/** Formal relationships belong to a program; informal ones are between two people only. */
public enum RelationshipKind {
    FORMAL, INFORMAL
}
