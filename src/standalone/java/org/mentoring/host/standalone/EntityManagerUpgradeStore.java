package org.mentoring.host.standalone;

import java.sql.SQLException;
import net.java.ao.EntityManager;
import net.java.ao.RawEntity;
import org.mentoring.host.EntityStore;
import org.mentoring.host.StoreException;
import org.mentoring.upgrade.UpgradeStore;

/** An upgrade step's store over a plain Active Objects {@link EntityManager} (standalone host and tests). */
public final class EntityManagerUpgradeStore implements UpgradeStore {
    private final EntityManager em;
    private final EntityStore rows;

    public EntityManagerUpgradeStore(EntityManager em) {
        this.em = em;
        this.rows = new EntityManagerStore(em);
    }

    @Override
    @SafeVarargs
    public final void migrate(Class<? extends RawEntity<?>>... entities) {
        try {
            em.migrate(entities);
        } catch (SQLException e) {
            throw new StoreException(e.getMessage(), e);
        }
    }

    @Override
    public EntityStore rows() {
        return rows;
    }
}
