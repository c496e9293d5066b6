package org.mentoring.http;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.mentoring.http.ApiClient.json;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.After;
import org.junit.Assume;
import org.junit.Before;
import org.junit.Test;
import org.mentoring.testing.StoreTestDatabase;
import org.mentoring.testing.TestHost;

/**
 * PostgreSQL drops every connection (as when it restarts): the next requests still succeed, since the pool checks a
 * connection before lending it. Ends only this test database's own connections.
 */
public class DatabaseRestartTest {
    private TestHost host;

    @Before
    public void start() throws Exception {
        Assume.assumeTrue("needs PostgreSQL (-Ppostgres)", "postgres".equals(StoreTestDatabase.kind()));
        host = TestHost.start();
    }

    @After
    public void stop() throws Exception {
        if (host != null) {
            host.close();
        }
    }

    @Test
    public void afterTheDatabaseDroppedEveryConnectionNoRequestFails() throws Exception {
        ApiClient tomas = new ApiClient(host, "tomas");
        for (int i = 0; i < 8; i++) {
            assertEquals(200, tomas.get("/relationships").status()); // fills the pool with idle connections
        }
        int ended = endAllOtherConnections();
        assertTrue("the pool had connections to end", ended > 0);
        for (int i = 0; i < 8; i++) {
            ApiClient.Reply r = tomas.get("/relationships");
            assertEquals(r.body(), 200, r.status());
        }
        assertEquals(201, tomas.post("/relationships", json("mentorKey", "u-mara", "menteeKey", "u-tomas")).status());
    }

    /** pg_terminate_backend on every other session of this database (the test's own), as a restart would. */
    private static int endAllOtherConnections() throws Exception {
        try (Connection c = StoreTestDatabase.entityManager().getProvider().getConnection();
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity "
                     + "WHERE datname = current_database() AND usename = current_user AND pid <> pg_backend_pid()")) {
            rs.next();
            return rs.getInt(1);
        }
    }
}
