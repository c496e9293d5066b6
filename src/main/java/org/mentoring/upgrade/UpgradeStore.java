package org.mentoring.upgrade;

import java.util.function.Consumer;
import net.java.ao.Entity;
import net.java.ao.Query;
import net.java.ao.RawEntity;
import org.mentoring.host.EntityStore;

/**
 * What an upgrade step may do to the database: migrate the schema to a set of entities (frozen copies or new ones) and
 * read and write rows to move data. Jira and Confluence hand their {@code ActiveObjects} to the step through
 * {@code host.ao}; the standalone host and the tests use an {@code EntityManager}. Failures surface as
 * {@link org.mentoring.host.StoreException}.
 */
public interface UpgradeStore {
    /** Creates the tables and columns these entities need (Active Objects' non-destructive migrate). */
    @SuppressWarnings("unchecked")
    void migrate(Class<? extends RawEntity<?>>... entities);

    /** Rows: create, find, count and delete, as the app's stores do. */
    EntityStore rows();

    /**
     * Hands every row of {@code type} to {@code page}, {@code pageSize} at a time, in ID order. Keyset paging (the next
     * page starts after the last ID seen), so a step may write to the same table while it reads, and memory stays
     * bounded by the page size whatever the table holds.
     */
    default <T extends Entity> void forEachPage(Class<T> type, int pageSize, Consumer<T[]> page) {
        int after = 0;
        while (true) {
            T[] rows = rows().find(type, Query.select().where("ID > ?", after).order("ID").limit(pageSize));
            if (rows.length == 0) {
                return;
            }
            page.accept(rows);
            after = rows[rows.length - 1].getID();
            if (rows.length < pageSize) {
                return;
            }
        }
    }
}
