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
    <T extends RawEntity<K>, K> T create(Class<T> type, Map<String, Object> values);

    <T extends RawEntity<K>, K> T[] find(Class<T> type, Query query);

    <T extends RawEntity<K>, K> T[] find(Class<T> type, String criteria, Object... parameters);

    <K> int count(Class<? extends RawEntity<K>> type, Query query);

    void delete(RawEntity<?>... entities);

    <K> int deleteWithSQL(Class<? extends RawEntity<K>> type, String criteria, Object... parameters);
}
