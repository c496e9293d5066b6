package org.mentoring.host.standalone;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import net.java.ao.EntityManager;
import net.java.ao.db.PostgreSQLDatabaseProvider;

/**
 * Lets one node at a time create or update the schema, as the hosts' Active Objects does: two nodes starting together
 * on an empty database would otherwise both issue {@code CREATE TABLE} and one would fail ("relation already exists").
 * On PostgreSQL a session advisory lock (released with its connection, should the node die); HSQLDB runs inside
 * this JVM (its file database admits one process), so a lock here is the database's lock.
 */
final class SchemaLock {
    /** The advisory lock's key: any fixed number no other code on the database uses ("MENTORNG" in ASCII). */
    private static final long KEY = 0x4D454E544F524E47L;
    private static final Object IN_PROCESS = new Object();

    @FunctionalInterface
    interface Migration {
        void run() throws SQLException;
    }

    private SchemaLock() {
    }

    static void around(EntityManager em, Migration migration) throws SQLException {
        if (!(em.getProvider() instanceof PostgreSQLDatabaseProvider)) {
            synchronized (IN_PROCESS) {
                migration.run();
            }
            return;
        }
        try (Connection lock = em.getProvider().getConnection()) {
            advisory(lock, "SELECT pg_advisory_lock(?)");
            try {
                migration.run();
            } finally {
                advisory(lock, "SELECT pg_advisory_unlock(?)");
            }
        }
    }

    private static void advisory(Connection connection, String sql) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setLong(1, KEY);
            statement.executeQuery().close();
        }
    }
}
