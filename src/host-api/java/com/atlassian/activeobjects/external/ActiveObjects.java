package com.atlassian.activeobjects.external;

import java.util.Map;
import net.java.ao.DBParam;
import net.java.ao.Query;
import net.java.ao.RawEntity;

/** Signature-only stub: the subset of ActiveObjects the adapter calls. */
public interface ActiveObjects {
    <T extends RawEntity<K>, K> T create(Class<T> type, DBParam... params);

    <T extends RawEntity<K>, K> T create(Class<T> type, Map<String, Object> params);

    void delete(RawEntity<?>... entities);

    <K> int deleteWithSQL(Class<? extends RawEntity<K>> type, String criteria, Object... parameters);

    <T extends RawEntity<K>, K> T[] find(Class<T> type, String criteria, Object... parameters);

    <T extends RawEntity<K>, K> T[] find(Class<T> type, Query query);

    <K> int count(Class<? extends RawEntity<K>> type, Query query);

    void migrate(Class<? extends RawEntity<?>>... entities);

    <T extends RawEntity<K>, K> void stream(Class<T> type, Query query, net.java.ao.EntityStreamCallback<T, K> streamCallback);
}
