package org.mentoring.host.standalone;

import jakarta.servlet.DispatcherType;
import java.net.URI;
import java.util.EnumSet;
import org.eclipse.jetty.ee10.servlet.DefaultServlet;
import org.eclipse.jetty.ee10.servlet.FilterHolder;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.glassfish.jersey.servlet.ServletContainer;

/** Jetty serving the REST API, the pages and static files, as Jira or Confluence would. */
public final class StandaloneServer implements AutoCloseable {
    public static final String REST_PATH = "/rest/mentoring/1.0";

    private final Server server;

    private StandaloneServer(Server server) {
        this.server = server;
    }

    /**
     * Starts on {@code port} (0: any free port) on the loopback interface unless {@code host} says otherwise.
     * {@code extraResources} join the REST application (the benchmark's hand-written baseline).
     */
    public static StandaloneServer start(StandaloneApp app, String host, int port, Object... extraResources) throws Exception {
        Server server = new Server();
        HttpConfiguration http = new HttpConfiguration();
        http.setSendServerVersion(false);
        http.setSendXPoweredBy(false);
        ServerConnector connector = new ServerConnector(server, new HttpConnectionFactory(http));
        connector.setHost(host);
        connector.setPort(port);
        server.addConnector(connector);

        ServletContextHandler context = new ServletContextHandler(ServletContextHandler.NO_SESSIONS);
        context.setContextPath("/");
        context.addFilter(new FilterHolder(new SecurityHeadersFilter()), "/*", EnumSet.of(DispatcherType.REQUEST));
        context.addFilter(new FilterHolder(new RequestSizeLimitFilter()), "/*", EnumSet.of(DispatcherType.REQUEST));
        context.addFilter(new FilterHolder(new StandaloneAuthFilter(app.cookies, app.users, app.signInThrottle)), "/*",
                EnumSet.of(DispatcherType.REQUEST));
        context.setErrorHandler(new ErrorPages.ForContext());
        server.setErrorHandler(new ErrorPages.ForServer());

        org.glassfish.jersey.server.ResourceConfig rest = app.restApplication();
        for (Object resource : extraResources) {
            rest.register(resource);
        }
        context.addServlet(new ServletHolder("rest", new ServletContainer(rest)), REST_PATH + "/*");
        SignInServlet signIn = new SignInServlet(app.cookies, app.users, app.signInThrottle);
        context.addServlet(new ServletHolder("signin", signIn), SignInServlet.PATH);
        context.addServlet(new ServletHolder("signout", signIn), SignInServlet.LOGOUT);
        StandalonePages.register(app, context);

        context.addServlet(staticFiles("vendor", "/static/vendor/"), "/static/vendor/*");
        context.addServlet(staticFiles("assets", "/web/"), "/static/mentoring/*");

        server.setHandler(context);
        server.start();
        return new StandaloneServer(server);
    }

    /** Files from a classpath folder: the vendored AUI, and the plugin's own JS/CSS (web resources in the hosts). */
    private static ServletHolder staticFiles(String name, String classpathFolder) {
        java.net.URL folder = StandaloneServer.class.getResource(classpathFolder);
        if (folder == null) {
            throw new IllegalStateException("Missing static files on the classpath: " + classpathFolder);
        }
        ServletHolder holder = new ServletHolder(name, DefaultServlet.class);
        holder.setInitParameter("baseResource", folder.toExternalForm());
        holder.setInitParameter("pathInfoOnly", "true");
        holder.setInitParameter("dirAllowed", "false");
        holder.setInitParameter("cacheControl", "max-age=3600");
        return holder;
    }

    public URI baseUri() {
        ServerConnector connector = (ServerConnector) server.getConnectors()[0];
        String host = connector.getHost() == null ? "localhost" : connector.getHost();
        return URI.create("http://" + host + ":" + connector.getLocalPort());
    }

    @Override
    public void close() throws Exception {
        server.stop();
    }
}
