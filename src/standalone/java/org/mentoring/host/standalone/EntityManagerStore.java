package org.mentoring.host.standalone;

import java.sql.SQLException;
import java.util.Map;
import net.java.ao.EntityManager;
import net.java.ao.Query;
import net.java.ao.RawEntity;
import org.mentoring.host.EntityStore;
import org.mentoring.host.StoreException;

/** The entity store over a plain Active Objects {@link EntityManager} (standalone host and tests). */
public final class EntityManagerStore implements EntityStore {
    private final EntityManager em;

    public EntityManagerStore(EntityManager em) {
        this.em = em;
    }

    @FunctionalInterface
    private interface SqlWork<T> {
        T run() throws SQLException;
    }

    @Override
    public <T extends RawEntity<K>, K> T create(Class<T> type, Map<String, Object> values) {
        return call(() -> em.create(type, values));
    }

    @Override
    public <T extends RawEntity<K>, K> T[] find(Class<T> type, Query query) {
        return call(() -> em.find(type, query));
    }

    @Override
    public <T extends RawEntity<K>, K> T[] find(Class<T> type, String criteria, Object... parameters) {
        return call(() -> em.find(type, criteria, parameters));
    }

    @Override
    public <T extends RawEntity<K>, K> void stream(Class<T> type, Query query, java.util.function.Consumer<T> each) {
        call(() -> {
            em.stream(type, query, each::accept);
            return null;
        });
    }

    @Override
    public <K> int count(Class<? extends RawEntity<K>> type, Query query) {
        return call(() -> em.count(type, query));
    }

    @Override
    public void delete(RawEntity<?>... entities) {
        call(() -> {
            em.delete(entities);
            return null;
        });
    }

    @Override
    public <K> int deleteWithSQL(Class<? extends RawEntity<K>> type, String criteria, Object... parameters) {
        return call(() -> em.deleteWithSQL(type, criteria, parameters));
    }

    private static <T> T call(SqlWork<T> work) {
        try {
            return work.run();
        } catch (SQLException e) {
            throw new StoreException(e.getMessage(), e);
        } catch (StoreException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new StoreException(e.getMessage(), e);
        }
    }
}
