package org.mentoring.access;

/** Who may read a piece of content. Administrators are in none of these audiences. */
public enum Visibility {
    /** The author only. */
    PRIVATE,
    /** The mentor and the mentee. */
    PAIR,
    /** The two members and the managers of the relationship's program. */
    PROGRAM
}
