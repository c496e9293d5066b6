package org.mentoring.privacy;

import java.util.List;
import java.util.Map;

/**
 * One feature's part of a person's data: what it holds about them (counted, exported) and how it forgets them. Each
 * feature package implements one; {@code org.mentoring.MentoringGraph} lists them all, and the erasure test scans
 * every table of the app, so a table added without its part here fails that test.
 */
public interface PersonalData {
    /** Stable name of this part: the export's section and the prefix of its counts ("relationships"). */
    String part();

    /** The columns that hold user keys: rewritten when Jira changes a key and, on erasure, to the former user's key. */
    List<KeyColumn> keyColumns();

    /** How many things of each kind this part holds for {@code userKey} (counts only, never content). */
    Map<String, Integer> count(String userKey);

    /** Everything this part holds about {@code userKey}, as that person may see it (JSON-ready maps and lists). */
    Object export(String userKey);

    /**
     * Deletes what is the person's alone (private notes, profile, preferences) and ends what cannot go on without
     * them, while they still have their key; shared content stays, to be re-keyed to an anonymous former user.
     */
    void erase(String userKey);

    /** Values derived from a user key (unique keys that embed it) that a plain column rewrite cannot fix. */
    default void keyChanged(String oldKey, String newKey) {
    }
}
