package org.mentoring.testing;

import java.net.URI;
import java.time.Clock;
import org.mentoring.host.standalone.DemoUsers;
import org.mentoring.host.standalone.StandaloneApp;
import org.mentoring.host.standalone.StandaloneServer;

/**
 * The standalone host in-process on the test database (emptied first), on a free loopback port,
 * with the demo people (mara, tomas, zoe, pam, ada; password = user name) and mentoring switched on. Close it after use.
 */
public final class TestHost implements AutoCloseable {
    public final StandaloneApp app;
    public final StandaloneServer server;
    public final URI base;

    private TestHost(StandaloneApp app, StandaloneServer server) {
        this.app = app;
        this.server = server;
        this.base = server.baseUri();
    }

    public static TestHost start() throws Exception {
        return start(Clock.systemUTC());
    }

    public static TestHost start(Clock clock) throws Exception {
        StoreTestDatabase.clean();
        StandaloneApp app = StandaloneApp.create(StoreTestDatabase.entityManager(), DemoUsers.directory(), clock);
        app.scope.setOrgWide(true);
        return new TestHost(app, StandaloneServer.start(app, "127.0.0.1", 0));
    }

    /** The REST API's base, e.g. http://127.0.0.1:41234/rest/mentoring/1.0 */
    public String rest() {
        return base + StandaloneServer.REST_PATH;
    }

    @Override
    public void close() throws Exception {
        server.close();
    }
}
