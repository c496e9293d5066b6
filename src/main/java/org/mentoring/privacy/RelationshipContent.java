package org.mentoring.privacy;

import java.util.Collections;
import java.util.List;

/**
 * One feature's content of relationships, for retention: what would go and its deletion, a batch of relationships at
 * a time. Implemented in each feature package that stores content per relationship; aggregates stay.
 */
public interface RelationshipContent {
    /** Stable name for the dry run's report ("sessions"). */
    String part();

    /** Rows of content the relationships {@code ids} hold here. */
    int count(List<Long> ids);

    /** Deletes that content; answers how many rows went. */
    int delete(List<Long> ids);

    /** {@code "COLUMN IN (?,?,…)"} for {@code ids}, as the stores' criteria take it. */
    static String in(String column, List<Long> ids) {
        return column + " IN (" + String.join(",", Collections.nCopies(ids.size(), "?")) + ")";
    }
}
