package org.mentoring.host.standalone;

import net.java.ao.EntityManager;
import net.java.ao.atlassian.AtlassianFieldNameConverter;
import net.java.ao.atlassian.AtlassianIndexNameConverter;
import net.java.ao.atlassian.AtlassianSequenceNameConverter;
import net.java.ao.atlassian.AtlassianTableNameConverter;
import net.java.ao.atlassian.AtlassianTriggerNameConverter;
import net.java.ao.atlassian.AtlassianUniqueNameConverter;
import net.java.ao.builder.EntityManagerBuilder;
import net.java.ao.schema.FieldNameConverter;
import net.java.ao.schema.IndexNameConverter;
import net.java.ao.schema.TableNameConverter;
import net.java.ao.schema.UniqueNameConverter;

/** Opens Active Objects on a JDBC URL with the same naming the hosts use (AO_xxxxxx_TABLE, upper-case columns). */
public final class Databases {
    /** The hosts prefix tables with a hash of the plugin's AO namespace; this mirrors it. */
    static final String TABLE_PREFIX = "AO_4A2E6F_";

    private Databases() {
    }

    public static EntityManager open(String url, String user, String password, String schema) {
        TableNameConverter tables = new AtlassianTableNameConverter(name -> TABLE_PREFIX + name);
        FieldNameConverter fields = new AtlassianFieldNameConverter();
        IndexNameConverter indexes = new AtlassianIndexNameConverter();
        UniqueNameConverter uniques = new AtlassianUniqueNameConverter();
        var builder = EntityManagerBuilder.url(url).username(user).password(password);
        if (schema != null) {
            builder = builder.schema(schema);
        }
        // A pool (DBCP 1.4, what AO's builder supports): the hosts pool their connections too.
        return builder.dbcp()
                .tableNameConverter(tables)
                .fieldNameConverter(fields)
                .sequenceNameConverter(new AtlassianSequenceNameConverter())
                .triggerNameConverter(new AtlassianTriggerNameConverter())
                .indexNameConverter(indexes)
                .uniqueNameConverter(uniques)
                .build();
    }
}
