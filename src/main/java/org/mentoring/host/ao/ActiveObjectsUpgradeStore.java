package org.mentoring.host.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import net.java.ao.RawEntity;
import org.mentoring.host.EntityStore;
import org.mentoring.host.StoreException;
import org.mentoring.upgrade.UpgradeStore;

/** An upgrade step's store over the {@code ActiveObjects} Jira and Confluence hand to an upgrade task. */
public final class ActiveObjectsUpgradeStore implements UpgradeStore {
    private final ActiveObjects ao;
    private final EntityStore rows;

    public ActiveObjectsUpgradeStore(ActiveObjects ao) {
        this.ao = ao;
        this.rows = new ActiveObjectsEntityStore(ao);
    }

    @Override
    @SafeVarargs
    public final void migrate(Class<? extends RawEntity<?>>... entities) {
        try {
            ao.migrate(entities);
        } catch (StoreException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new StoreException(e.getMessage(), e);
        }
    }

    @Override
    public EntityStore rows() {
        return rows;
    }
}
