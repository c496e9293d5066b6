package org.mentoring.upgrade;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import net.java.ao.EntityManager;
import net.java.ao.db.PostgreSQLDatabaseProvider;

/**
 * Reads a database's app tables and columns, and copies the rows of one database's app tables into the same tables of
 * another (the 1.0.0 baseline, recorded on HSQLDB, into a 1.0.0 schema Active Objects made on another database).
 */
final class BaselineCopy {
    private BaselineCopy() {
    }

    /** Each app table (without Active Objects' prefix) and its columns: name, type, size, NOT NULL. */
    static Map<String, Set<String>> tablesAndColumns(EntityManager em) throws SQLException {
        Map<String, Set<String>> tables = new TreeMap<>();
        try (Connection c = em.getProvider().getConnection()) {
            DatabaseMetaData meta = c.getMetaData();
            for (String table : tables(em, c)) {
                Set<String> columns = new TreeSet<>();
                try (ResultSet rs = meta.getColumns(null, schema(em, c), table, "%")) {
                    while (rs.next()) {
                        columns.add(rs.getString("COLUMN_NAME").toUpperCase(Locale.ROOT) + " " + rs.getString("TYPE_NAME")
                                + "(" + rs.getInt("COLUMN_SIZE") + ")" + (rs.getInt("NULLABLE") == DatabaseMetaData.columnNoNulls ? " NOT NULL" : ""));
                    }
                }
                tables.put(table.toUpperCase(Locale.ROOT).replaceFirst("^AO_[0-9A-F]+_", ""), columns);
            }
        }
        return tables;
    }

    /** Copies every row of every app table of {@code from} into the same table of {@code to}, parents first. */
    static void copyRows(EntityManager from, EntityManager to) throws SQLException {
        try (Connection source = from.getProvider().getConnection(); Connection target = to.getProvider().getConnection()) {
            target.setAutoCommit(false);
            Set<String> inSource = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
            inSource.addAll(tables(from, source));
            for (String table : parentsFirst(to, target)) {
                if (!inSource.contains(table)) {
                    continue; // a standalone host's table added since the baseline: nothing to copy
                }
                copy(source, quoted(from, source, table), target, quoted(to, target, table));
                restartIds(to, target, table);
            }
            target.commit();
        }
    }

    private static void copy(Connection source, String from, Connection target, String to) throws SQLException {
        try (Statement s = source.createStatement(); ResultSet rs = s.executeQuery("SELECT * FROM " + from)) {
            ResultSetMetaData meta = rs.getMetaData();
            List<String> columns = new ArrayList<>();
            for (int i = 1; i <= meta.getColumnCount(); i++) {
                columns.add('"' + meta.getColumnName(i) + '"');
            }
            String insert = "INSERT INTO " + to + " (" + String.join(", ", columns) + ") VALUES ("
                    + String.join(", ", Collections.nCopies(columns.size(), "?")) + ")";
            try (PreparedStatement ps = target.prepareStatement(insert)) {
                int rows = 0;
                while (rs.next()) {
                    rows++;
                    for (int i = 1; i <= columns.size(); i++) {
                        int type = meta.getColumnType(i);
                        if (type == Types.CLOB || type == Types.LONGVARCHAR || type == Types.NCLOB) {
                            ps.setString(i, rs.getString(i));
                        } else {
                            ps.setObject(i, rs.getObject(i));
                        }
                    }
                    ps.addBatch();
                }
                if (rows > 0) {
                    ps.executeBatch();
                }
            }
        }
    }

    /** Ids were copied as they were: the next id Active Objects hands out comes after them. */
    private static void restartIds(EntityManager em, Connection c, String table) throws SQLException {
        String quoted = quoted(em, c, table);
        int next;
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT COALESCE(MAX(\"ID\"), 0) + 1 FROM " + quoted)) {
            rs.next();
            next = rs.getInt(1);
        }
        try (Statement s = c.createStatement()) {
            if (em.getProvider() instanceof PostgreSQLDatabaseProvider) {
                String schema = schema(em, c);
                try (ResultSet rs = s.executeQuery("SELECT pg_get_serial_sequence('" + (schema == null ? "" : '"' + schema + "\".")
                        + '"' + table + "\"', 'ID')")) {
                    rs.next();
                    String sequence = rs.getString(1);
                    if (sequence != null) {
                        s.execute("SELECT setval('" + sequence + "', " + next + ", false)");
                    }
                }
            } else {
                s.execute("ALTER TABLE " + quoted + " ALTER COLUMN \"ID\" RESTART WITH " + next);
            }
        }
    }

    private static List<String> parentsFirst(EntityManager em, Connection c) throws SQLException {
        Map<String, Set<String>> parents = new TreeMap<>();
        DatabaseMetaData meta = c.getMetaData();
        for (String table : tables(em, c)) {
            Set<String> references = new TreeSet<>();
            try (ResultSet rs = meta.getImportedKeys(null, schema(em, c), table)) {
                while (rs.next()) {
                    if (!rs.getString("PKTABLE_NAME").equals(table)) {
                        references.add(rs.getString("PKTABLE_NAME"));
                    }
                }
            }
            parents.put(table, references);
        }
        Set<String> ordered = new LinkedHashSet<>();
        while (ordered.size() < parents.size()) {
            int before = ordered.size();
            parents.forEach((table, references) -> {
                if (!ordered.contains(table) && ordered.containsAll(references)) {
                    ordered.add(table);
                }
            });
            if (ordered.size() == before) {
                throw new IllegalStateException("Foreign keys in a cycle among " + parents);
            }
        }
        return new ArrayList<>(ordered);
    }

    private static List<String> tables(EntityManager em, Connection c) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (ResultSet rs = c.getMetaData().getTables(null, schema(em, c), "%", new String[] {"TABLE"})) {
            while (rs.next()) {
                if (rs.getString("TABLE_NAME").toUpperCase(Locale.ROOT).startsWith("AO_")) {
                    tables.add(rs.getString("TABLE_NAME"));
                }
            }
        }
        return tables;
    }

    private static String schema(EntityManager em, Connection c) throws SQLException {
        return em.getProvider().getSchema() != null ? em.getProvider().getSchema() : c.getSchema();
    }

    private static String quoted(EntityManager em, Connection c, String table) throws SQLException {
        String schema = schema(em, c);
        return (schema == null ? "" : '"' + schema + "\".") + '"' + table + '"';
    }
}
