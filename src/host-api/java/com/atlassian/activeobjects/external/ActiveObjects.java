package com.atlassian.activeobjects.external;

import java.util.Map;
import net.java.ao.DBParam;
import net.java.ao.Query;
import net.java.ao.RawEntity;

/** Signature-only stub: the subset of ActiveObjects the adapter calls [V: reference B.2]. */
public interface ActiveObjects {
    <T extends RawEntity<K>, K> T create(Class<T> type, DBParam... params); // [V]

    <T extends RawEntity<K>, K> T create(Class<T> type, Map<String, Object> params); // [V]

    void delete(RawEntity<?>... entities); // [V]

    <K> int deleteWithSQL(Class<? extends RawEntity<K>> type, String criteria, Object... parameters); // [V]

    <T extends RawEntity<K>, K> T[] find(Class<T> type, String criteria, Object... parameters); // [V]

    <T extends RawEntity<K>, K> T[] find(Class<T> type, Query query); // [V]

    <K> int count(Class<? extends RawEntity<K>> type, Query query); // [V]
}
