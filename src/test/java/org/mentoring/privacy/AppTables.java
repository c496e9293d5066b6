package org.mentoring.privacy;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import net.java.ao.EntityManager;

/**
 * Every table of the app as the database lists them (each Active Objects table, AO_&lt;hash&gt;_NAME), read without the
 * app's help: a table someone adds later is scanned too.
 */
final class AppTables {
    private AppTables() {
    }

    /** A table found in the database: its schema (or null) and its name. */
    record Table(String schema, String name) {
        String quoted() {
            return (schema == null ? "" : '"' + schema + "\".") + '"' + name + '"';
        }

        /** The name the entity gives it ({@code @Table}), without Active Objects' prefix. */
        String entityName() {
            return name.replaceFirst("^AO_[0-9A-F]+_", "");
        }
    }

    static List<Table> all(EntityManager em) throws SQLException {
        List<Table> tables = new ArrayList<>();
        try (Connection c = em.getProvider().getConnection()) {
            DatabaseMetaData meta = c.getMetaData();
            String schema = em.getProvider().getSchema() != null ? em.getProvider().getSchema() : c.getSchema();
            try (ResultSet rs = meta.getTables(null, schema, "%", new String[] {"TABLE"})) {
                while (rs.next()) {
                    String name = rs.getString("TABLE_NAME");
                    if (name.toUpperCase(Locale.ROOT).startsWith("AO_")) {
                        tables.add(new Table(rs.getString("TABLE_SCHEM"), name));
                    }
                }
            }
        }
        return tables;
    }

    /** Where any of {@code needles} occurs in any column of any app table: "TABLE.COLUMN holds 'value'". */
    static Set<String> traces(EntityManager em, List<String> needles) throws SQLException {
        Set<String> found = new TreeSet<>();
        try (Connection c = em.getProvider().getConnection(); Statement s = c.createStatement()) {
            for (Table table : all(em)) {
                try (ResultSet rs = s.executeQuery("SELECT * FROM " + table.quoted())) {
                    ResultSetMetaData meta = rs.getMetaData();
                    while (rs.next()) {
                        for (int i = 1; i <= meta.getColumnCount(); i++) {
                            String value = rs.getString(i);
                            if (value == null) {
                                continue;
                            }
                            for (String needle : needles) {
                                if (value.contains(needle)) {
                                    found.add(table.entityName() + "." + meta.getColumnName(i) + " holds '" + needle + "'");
                                }
                            }
                        }
                    }
                }
            }
        }
        return found;
    }

    /** Rows per table, by the entity's table name. */
    static java.util.Map<String, Integer> rowCounts(EntityManager em) throws SQLException {
        java.util.Map<String, Integer> counts = new java.util.TreeMap<>();
        try (Connection c = em.getProvider().getConnection(); Statement s = c.createStatement()) {
            for (Table table : all(em)) {
                try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + table.quoted())) {
                    rs.next();
                    counts.put(table.entityName(), rs.getInt(1));
                }
            }
        }
        return counts;
    }
}
