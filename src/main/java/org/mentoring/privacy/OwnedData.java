package org.mentoring.privacy;

/**
 * What a person runs for others and must hand over before they are anonymised (Jira's ownership transfer): today
 * the programs they manage. Implemented by the feature that owns it.
 */
public interface OwnedData {
    /** How many things {@code userKey} owns (counts only). */
    int owned(String userKey);

    /** Moves everything {@code fromKey} owns to {@code toKey}; answers how many moved. */
    int transfer(String fromKey, String toKey);
}
