package org.mentoring.host.standalone;

import java.util.function.UnaryOperator;
import javax.sql.DataSource;
import net.java.ao.DatabaseProvider;
import net.java.ao.DefaultSchemaConfiguration;
import net.java.ao.DisposableDataSource;
import net.java.ao.EntityManager;
import net.java.ao.EntityManagerConfiguration;
import net.java.ao.SchemaConfiguration;
import net.java.ao.atlassian.AtlassianFieldNameConverter;
import net.java.ao.atlassian.AtlassianIndexNameConverter;
import net.java.ao.atlassian.AtlassianSequenceNameConverter;
import net.java.ao.atlassian.AtlassianTableNameConverter;
import net.java.ao.atlassian.AtlassianTriggerNameConverter;
import net.java.ao.atlassian.AtlassianUniqueNameConverter;
import net.java.ao.builder.DelegatingDisposableDataSourceHandler;
import net.java.ao.builder.SimpleNameConverters;
import net.java.ao.db.HSQLDatabaseProvider;
import net.java.ao.db.PostgreSQLDatabaseProvider;
import net.java.ao.schema.NameConverters;
import net.java.ao.schema.info.CachingEntityInfoResolverFactory;
import net.java.ao.schema.info.EntityInfoResolverFactory;
import org.apache.commons.dbcp.BasicDataSource;

/**
 * Opens Active Objects on HSQLDB or PostgreSQL, with the naming the hosts use (AO_xxxxxx_TABLE,
 * upper-case columns) and a connection pool (the hosts pool their connections too).
 */
public final class Databases {
    /** The hosts prefix tables with a hash of the plugin's AO namespace; this mirrors it. */
    static final String TABLE_PREFIX = "AO_4A2E6F_";

    private Databases() {
    }

    public static EntityManager open(String url, String user, String password, String schema) {
        return open(url, user, password, schema, UnaryOperator.identity());
    }

    /** {@code wrap} sees every connection the pool hands out (the benchmark counts statements with it). */
    public static EntityManager open(String url, String user, String password, String schema, UnaryOperator<DataSource> wrap) {
        BasicDataSource pool = new BasicDataSource();
        pool.setUrl(url);
        pool.setUsername(user);
        pool.setPassword(password);
        pool.setMaxActive(16);
        // A connection the database dropped (a restart, a failover) is found out and replaced when borrowed,
        // instead of failing the request that gets it. One round trip per borrow, as the hosts' pools do.
        pool.setTestOnBorrow(true);
        pool.setValidationQuery(url.startsWith("jdbc:hsqldb:") ? "VALUES (1)" : "SELECT 1");
        pool.setValidationQueryTimeout(5);
        DisposableDataSource dataSource = DelegatingDisposableDataSourceHandler.newInstance(DefaultIsolation.of(wrap.apply(pool)), () -> {
            try {
                pool.close();
            } catch (java.sql.SQLException e) {
                // closing the pool on shutdown: nothing left to do
            }
        });
        DatabaseProvider provider;
        if (url.startsWith("jdbc:postgresql:")) {
            provider = new PostgreSQLDatabaseProvider(dataSource, schema);
        } else if (url.startsWith("jdbc:hsqldb:")) {
            provider = new HSQLDatabaseProvider(dataSource);
        } else {
            throw new IllegalArgumentException("Use a PostgreSQL (jdbc:postgresql:…) or HSQLDB (jdbc:hsqldb:…) URL, not " + url);
        }
        return new EntityManager(provider, new HostNaming());
    }

    /** The name converters and schema rules Active Objects uses inside Jira and Confluence. */
    private static final class HostNaming implements EntityManagerConfiguration {
        private final NameConverters names = new SimpleNameConverters(
                new AtlassianTableNameConverter(name -> TABLE_PREFIX + name),
                new AtlassianFieldNameConverter(),
                new AtlassianSequenceNameConverter(),
                new AtlassianTriggerNameConverter(),
                new AtlassianIndexNameConverter(),
                new AtlassianUniqueNameConverter());
        private final EntityInfoResolverFactory entityInfo = new CachingEntityInfoResolverFactory();

        @Override
        public boolean useWeakCache() {
            return false;
        }

        @Override
        public NameConverters getNameConverters() {
            return names;
        }

        @Override
        public SchemaConfiguration getSchemaConfiguration() {
            return new DefaultSchemaConfiguration();
        }

        @Override
        public EntityInfoResolverFactory getEntityInfoResolverFactory() {
            return entityInfo;
        }
    }
}
