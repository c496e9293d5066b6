package org.mentoring.upgrade;

import java.sql.SQLException;
import net.java.ao.EntityManager;
import org.mentoring.program.ApplicationClaimEntity;
import org.mentoring.program.ApplicationEntity;

/**
 * Model version 3: programs where mentees or mentors choose keep their applications ({@code PROGRAM_APPLY}) and the
 * claims that settle races over them ({@code APPLY_CLAIM}). Both tables are new, so there is no data to move and no
 * older entity to freeze: the step creates them (a non-destructive migrate of just these two).
 */
public final class ApplicationsUpgrade implements SchemaUpgrade {
    @Override
    public int modelVersion() {
        return 3;
    }

    @Override
    @SuppressWarnings("unchecked")
    public void upgrade(EntityManager entityManager) throws SQLException {
        entityManager.migrate(ApplicationEntity.class, ApplicationClaimEntity.class);
    }
}
