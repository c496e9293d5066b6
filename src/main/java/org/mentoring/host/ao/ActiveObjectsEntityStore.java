package org.mentoring.host.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import java.util.Map;
import java.util.function.Supplier;
import net.java.ao.Query;
import net.java.ao.RawEntity;
import org.mentoring.host.EntityStore;
import org.mentoring.host.StoreException;

/** The entity store over the host's Active Objects service. Translation only. */
public final class ActiveObjectsEntityStore implements EntityStore {
    private final ActiveObjects ao;

    public ActiveObjectsEntityStore(ActiveObjects ao) {
        this.ao = ao;
    }

    @Override
    public <T extends RawEntity<K>, K> T create(Class<T> type, Map<String, Object> values) {
        return call(() -> ao.create(type, values));
    }

    @Override
    public <T extends RawEntity<K>, K> T[] find(Class<T> type, Query query) {
        return call(() -> ao.find(type, query));
    }

    @Override
    public <T extends RawEntity<K>, K> T[] find(Class<T> type, String criteria, Object... parameters) {
        return call(() -> ao.find(type, criteria, parameters));
    }

    @Override
    public <T extends RawEntity<K>, K> void stream(Class<T> type, Query query, java.util.function.Consumer<T> each) {
        call(() -> {
            ao.stream(type, query, each::accept);
            return null;
        });
    }

    @Override
    public <K> int count(Class<? extends RawEntity<K>> type, Query query) {
        return call(() -> ao.count(type, query));
    }

    @Override
    public void delete(RawEntity<?>... entities) {
        call(() -> {
            ao.delete(entities);
            return null;
        });
    }

    @Override
    public <K> int deleteWithSQL(Class<? extends RawEntity<K>> type, String criteria, Object... parameters) {
        return call(() -> ao.deleteWithSQL(type, criteria, parameters));
    }

    /** Active Objects throws its own runtime exceptions around SQLExceptions; the core expects StoreException. */
    private static <T> T call(Supplier<T> work) {
        try {
            return work.get();
        } catch (StoreException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new StoreException(e.getMessage(), e);
        }
    }
}
