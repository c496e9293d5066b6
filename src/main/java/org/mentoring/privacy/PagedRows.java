package org.mentoring.privacy;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.ToLongFunction;
import net.java.ao.Entity;
import net.java.ao.Query;
import net.java.ao.RawEntity;
import org.mentoring.host.EntityStore;

/**
 * How the personal-data parts read a person's rows in a bounded number of statements: the rows naming them a page at a
 * time (by ID), and each child table once per page of parents with {@code IN (...)}, never once per parent. The
 * statements then grow with pages of {@link #PAGE} rows, not with each goal, relationship or session.
 */
public final class PagedRows {
    /** Parents per page, and ids per {@code IN (...)} list. */
    public static final int PAGE = 100;

    private PagedRows() {
    }

    /** {@code "MENTOR_KEY = ? OR MENTEE_KEY = ?"}: rows naming the person in either of two key columns (give the key twice). */
    public static String either(String column, String otherColumn) {
        return column + " = ? OR " + otherColumn + " = ?";
    }

    /** The rows of {@code type} matching {@code where}, in ID order, handed to {@code page} {@link #PAGE} at a time. */
    public static <T extends Entity> void pages(EntityStore store, Class<T> type, String where, Object[] parameters, Consumer<List<T>> page) {
        long after = 0;
        while (true) {
            Object[] args = java.util.Arrays.copyOf(parameters, parameters.length + 1);
            args[parameters.length] = after;
            T[] rows = store.find(type, Query.select().where("(" + where + ") AND ID > ?", args).order("ID").limit(PAGE));
            if (rows.length > 0) {
                page.accept(List.of(rows));
                after = rows[rows.length - 1].getID();
            }
            if (rows.length < PAGE) {
                return;
            }
        }
    }

    /**
     * The rows of {@code type} whose {@code parentColumn} holds one of {@code parentIds}, each parent's in {@code order}:
     * one statement per {@link #PAGE} parents. Parents without rows are absent from the answer.
     */
    public static <C extends RawEntity<K>, K> Map<Long, List<C>> children(EntityStore store, Class<C> type, String parentColumn,
                                                                         Collection<Long> parentIds, String order,
                                                                         ToLongFunction<C> parentOf) {
        Map<Long, List<C>> byParent = new LinkedHashMap<>();
        List<Long> ids = List.copyOf(parentIds);
        for (int from = 0; from < ids.size(); from += PAGE) {
            List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + PAGE));
            String marks = String.join(", ", java.util.Collections.nCopies(chunk.size(), "?"));
            for (C row : store.find(type, Query.select().where(parentColumn + " IN (" + marks + ")", chunk.toArray()).order(order))) {
                byParent.computeIfAbsent(parentOf.applyAsLong(row), k -> new ArrayList<>()).add(row);
            }
        }
        return byParent;
    }
}
