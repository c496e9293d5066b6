package org.mentoring.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import net.java.ao.EntityManager;
import net.java.ao.RawEntity;
import org.mentoring.host.standalone.Databases;
import org.mentoring.host.standalone.DeclaredEntities;

/**
 * The real database store tests run on: in-memory HSQLDB by default, PostgreSQL with
 * {@code -Dmentoring.test.db=postgres} (or {@code mvn verify -Ppostgres}); URL, user and password via
 * {@code mentoring.test.db.url/.user/.password}. Migrated once per JVM, emptied before each test.
 */
public final class StoreTestDatabase {
    private static EntityManager shared;

    private StoreTestDatabase() {
    }

    public static String kind() {
        String kind = System.getProperty("mentoring.test.db", "");
        return kind.isBlank() ? "hsql" : kind.strip();
    }

    public static synchronized EntityManager entityManager() {
        if (shared == null) {
            shared = open();
            try {
                shared.migrate(allEntities());
            } catch (SQLException e) {
                throw new IllegalStateException("Cannot migrate the test database", e);
            }
        }
        return shared;
    }

    /** Another EntityManager on the same database, as a second cluster node would have. */
    public static EntityManager secondNode() {
        entityManager();
        return open();
    }

    /** Deletes every row of every declared entity. */
    public static void clean() {
        EntityManager em = entityManager();
        try {
            for (Class<? extends RawEntity<?>> entity : allEntities()) {
                deleteAll(em, entity);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The plugin's entities and the standalone host's own settings table (seed markers, job claims). */
    @SuppressWarnings("unchecked")
    private static Class<? extends RawEntity<?>>[] allEntities() {
        java.util.List<Class<? extends RawEntity<?>>> all = new java.util.ArrayList<>(java.util.List.of(DeclaredEntities.fromDescriptor()));
        all.add(org.mentoring.host.standalone.StandaloneSettingEntity.class);
        all.add(org.mentoring.host.standalone.SessionGenerationEntity.class);
        all.add(org.mentoring.host.standalone.SignInFailureEntity.class);
        all.add(org.mentoring.host.standalone.UserActiveEntity.class);
        return all.toArray(new Class[0]);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void deleteAll(EntityManager em, Class entity) throws SQLException {
        em.deleteWithSQL(entity, "ID > ?", 0);
    }

    /**
     * A node on a database of its own named {@code name}, empty until something migrates it: an in-memory HSQLDB, or
     * a PostgreSQL schema of that name in the test database. Each call is another node on the same database.
     */
    public static EntityManager emptyDatabase(String name) {
        if (kind().equals("hsql")) {
            return Databases.open("jdbc:hsqldb:mem:" + name + ";hsqldb.tx=mvcc", "SA", "", null);
        }
        String url = property("mentoring.test.db.url", "jdbc:postgresql://127.0.0.1:5432/mentoring_test");
        String user = property("mentoring.test.db.user", "mentoring");
        String password = property("mentoring.test.db.password", "mentoring");
        sql(url, user, password, "CREATE SCHEMA IF NOT EXISTS " + name);
        return Databases.open(url + (url.contains("?") ? "&" : "?") + "currentSchema=" + name, user, password, name);
    }

    /**
     * An empty database of its own, for a test whose tables must not share a database with the app's current ones: an
     * in-memory HSQLDB, or on PostgreSQL the database named like the test database plus {@code "_" + suffix} (made by
     * .ci/run, or here if the role may create databases), emptied first. Active Objects 3.2.3 reads a table's columns
     * without naming the schema ({@code DatabaseMetaData.getColumns(null, null, table, null)}), so two schemas of one
     * PostgreSQL database holding one table in two shapes confuse its schema reader.
     */
    public static EntityManager separateDatabase(String suffix) {
        if (kind().equals("hsql")) {
            return Databases.open("jdbc:hsqldb:mem:" + suffix + ";hsqldb.tx=mvcc", "SA", "", null);
        }
        String url = property("mentoring.test.db.url", "jdbc:postgresql://127.0.0.1:5432/mentoring_test");
        String user = property("mentoring.test.db.user", "mentoring");
        String password = property("mentoring.test.db.password", "mentoring");
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("^(jdbc:postgresql://[^/]+/)([^?]+)(.*)$").matcher(url);
        if (!m.matches()) {
            throw new IllegalStateException("Not a PostgreSQL URL: " + url);
        }
        String name = m.group(2) + "_" + suffix;
        String own = m.group(1) + name + m.group(3);
        try (Connection c = DriverManager.getConnection(own, user, password)) {
            // exists
        } catch (SQLException missing) {
            sql(url, user, password, "CREATE DATABASE " + name);
        }
        sql(own, user, password, "DROP SCHEMA IF EXISTS public CASCADE");
        sql(own, user, password, "CREATE SCHEMA public");
        return Databases.open(own, user, password, "public");
    }

    /** Drops a PostgreSQL schema {@link #emptyDatabase} made (in-memory HSQLDB databases go with the JVM). */
    public static void dropDatabase(String name) {
        if (kind().equals("postgres")) {
            sql(property("mentoring.test.db.url", "jdbc:postgresql://127.0.0.1:5432/mentoring_test"),
                    property("mentoring.test.db.user", "mentoring"), property("mentoring.test.db.password", "mentoring"),
                    "DROP SCHEMA IF EXISTS " + name + " CASCADE");
        }
    }

    private static void sql(String url, String user, String password, String sql) {
        try (Connection c = DriverManager.getConnection(url, user, password); Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static EntityManager open() {
        switch (kind()) {
            case "hsql":
                return Databases.open("jdbc:hsqldb:mem:mentoring_test;hsqldb.tx=mvcc", "SA", "", null);
            case "postgres": {
                String url = property("mentoring.test.db.url", "jdbc:postgresql://127.0.0.1:5432/mentoring_test");
                String user = property("mentoring.test.db.user", "mentoring");
                String password = property("mentoring.test.db.password", "mentoring");
                ensureSchema(url, user, password);
                return Databases.open(url, user, password, "public");
            }
            default:
                throw new IllegalArgumentException("mentoring.test.db must be hsql or postgres, not " + kind());
        }
    }

    private static void ensureSchema(String url, String user, String password) {
        try (Connection c = DriverManager.getConnection(url, user, password); Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA IF NOT EXISTS public");
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot reach the PostgreSQL test database at " + url
                    + " (start it, or set mentoring.test.db.url/.user/.password)", e);
        }
    }

    private static String property(String name, String fallback) {
        String value = System.getProperty(name, "");
        return value.isBlank() ? fallback : value;
    }
}
