package org.mentoring.testing;

import java.util.Map;
import java.util.function.BiConsumer;
import net.java.ao.Query;
import net.java.ao.RawEntity;
import org.mentoring.host.EntityStore;

/**
 * A real entity store with hooks that run before each insert or read: tests use them to line racing
 * writers up at the same point, or to fail an operation halfway through.
 */
public final class ScriptedEntityStore implements EntityStore {
    private final EntityStore delegate;
    private volatile BiConsumer<Class<?>, Map<String, Object>> beforeCreate = (type, values) -> { };
    private volatile java.util.function.Consumer<Class<?>> beforeFind = type -> { };
    private volatile BiConsumer<Class<?>, Map<String, Object>> created = (type, values) -> { };

    public ScriptedEntityStore(EntityStore delegate) {
        this.delegate = delegate;
    }

    public void beforeCreate(BiConsumer<Class<?>, Map<String, Object>> hook) {
        this.beforeCreate = hook;
    }

    @Override
    public <T extends RawEntity<K>, K> T create(Class<T> type, Map<String, Object> values) {
        beforeCreate.accept(type, values);
        T row = delegate.create(type, values);
        created.accept(type, values);
        return row;
    }

    /** Told of every row inserted (after the insert), e.g. to see the notifications the services write. */
    public void onCreated(BiConsumer<Class<?>, Map<String, Object>> observer) {
        this.created = observer;
    }

    /** A hook that runs before each read: to line writers up after they have read the same state. */
    public void beforeFind(java.util.function.Consumer<Class<?>> hook) {
        this.beforeFind = hook;
    }

    @Override
    public <T extends RawEntity<K>, K> T[] find(Class<T> type, Query query) {
        beforeFind.accept(type);
        return delegate.find(type, query);
    }

    @Override
    public <T extends RawEntity<K>, K> void stream(Class<T> type, Query query, java.util.function.Consumer<T> each) {
        beforeFind.accept(type);
        delegate.stream(type, query, each);
    }

    @Override
    public <T extends RawEntity<K>, K> T[] find(Class<T> type, String criteria, Object... parameters) {
        beforeFind.accept(type);
        return delegate.find(type, criteria, parameters);
    }

    @Override
    public <K> int count(Class<? extends RawEntity<K>> type, Query query) {
        return delegate.count(type, query);
    }

    @Override
    public void delete(RawEntity<?>... entities) {
        delegate.delete(entities);
    }

    @Override
    public <K> int deleteWithSQL(Class<? extends RawEntity<K>> type, String criteria, Object... parameters) {
        return delegate.deleteWithSQL(type, criteria, parameters);
    }
}
