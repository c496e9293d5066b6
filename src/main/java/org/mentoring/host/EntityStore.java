package org.mentoring.host;

import java.util.Map;
import net.java.ao.Query;
import net.java.ao.RawEntity;

/**
 * The Active Objects operations the core uses. In Jira and Confluence this wraps the host's
 * {@code ActiveObjects} service; the standalone host and the tests wrap {@code net.java.ao.EntityManager}.
 * Failures surface as {@link StoreException}.
 */
public interface EntityStore {
    /**
     * Whether {@code id} can be an entity's id: Active Objects' ids are positive INTEGERs, so a larger number (from a
     * path, a body or a parameter) names nothing, and the databases refuse to compare it with an id column.
     */
    static boolean isId(long id) {
        return id > 0 && id <= Integer.MAX_VALUE;
    }

    <T extends RawEntity<K>, K> T create(Class<T> type, Map<String, Object> values);

    <T extends RawEntity<K>, K> T[] find(Class<T> type, Query query);

    <T extends RawEntity<K>, K> T[] find(Class<T> type, String criteria, Object... parameters);

    <K> int count(Class<? extends RawEntity<K>> type, Query query);

    /**
     * Reads the rows {@code query} selects one at a time, as read-only entities holding only the selected columns
     * (Active Objects' optimised read for large results: no per-entity cache or lazy loading). For reads that look at
     * every matching row once, such as ranking the mentor directory.
     */
    <T extends RawEntity<K>, K> void stream(Class<T> type, Query query, java.util.function.Consumer<T> each);

    void delete(RawEntity<?>... entities);

    <K> int deleteWithSQL(Class<? extends RawEntity<K>> type, String criteria, Object... parameters);
}
