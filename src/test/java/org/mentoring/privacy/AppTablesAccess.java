package org.mentoring.privacy;

import java.sql.SQLException;
import java.util.List;
import java.util.Set;
import net.java.ao.EntityManager;

/** {@link AppTables}' scan for the host adapters' tests in other packages. */
public final class AppTablesAccess {
    private AppTablesAccess() {
    }

    public static Set<String> traces(EntityManager em, List<String> needles) throws SQLException {
        return AppTables.traces(em, needles);
    }

    public static java.util.Map<String, Integer> rowCounts(EntityManager em) throws SQLException {
        return AppTables.rowCounts(em);
    }
}
