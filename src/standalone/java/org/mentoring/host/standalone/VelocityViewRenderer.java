package org.mentoring.host.standalone;

import java.io.IOException;
import java.io.Writer;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import org.apache.velocity.Template;
import org.apache.velocity.VelocityContext;
import org.apache.velocity.app.VelocityEngine;
import org.apache.velocity.app.event.EventCartridge;
import org.apache.velocity.app.event.ReferenceInsertionEventHandler;
import org.apache.velocity.runtime.RuntimeConstants;
import org.apache.velocity.runtime.log.NullLogChute;
import org.apache.velocity.runtime.resource.loader.ClasspathResourceLoader;
import org.mentoring.host.UserDirectory;
import org.mentoring.host.ViewRenderer;
import org.mentoring.web.PageLinks;

/**
 * The plugin's templates rendered with Velocity 1.7, escaping as the hosts do: every reference is
 * HTML-escaped unless its name ends in {@code Html}. Adds the standalone host's page chrome
 * ({@code webResourcesHtml}: AUI, jQuery and the app's CSS/JS; {@code standaloneHeaderHtml}).
 */
public final class VelocityViewRenderer implements ViewRenderer {
    private static final String RESOURCES = String.join("\n",
            "<link rel=\"stylesheet\" href=\"/static/vendor/aui/aui-prototyping.css\">",
            "<link rel=\"stylesheet\" href=\"/static/mentoring/css/mentoring.css\">",
            "<script src=\"/static/vendor/jquery/jquery.min.js\"></script>",
            "<script src=\"/static/vendor/aui/aui-prototyping.js\"></script>",
            "<script src=\"/static/mentoring/js/rest-client.js\"></script>",
            "<script src=\"/static/mentoring/js/mentoring.js\"></script>",
            "<script src=\"/static/mentoring/js/goals.js\"></script>",
            "<script src=\"/static/mentoring/js/admin.js\"></script>",
            "<script src=\"/static/mentoring/js/notifications.js\"></script>",
            "<script src=\"/static/mentoring/js/feedback.js\"></script>",
            "<script src=\"/static/mentoring/js/sessions.js\"></script>",
            "<script src=\"/static/mentoring/js/privacy-admin.js\"></script>");

    private final VelocityEngine engine;
    private final UserDirectory users;
    /** Signs the header's sign-out form; without it (templates rendered outside the server) the header links to the sign-out page. */
    private final SessionCookies cookies;

    public VelocityViewRenderer(UserDirectory users) {
        this(users, null);
    }

    public VelocityViewRenderer(UserDirectory users, SessionCookies cookies) {
        this.users = users;
        this.cookies = cookies;
        Properties p = new Properties();
        p.setProperty(RuntimeConstants.RESOURCE_LOADER, "classpath");
        p.setProperty("classpath.resource.loader.class", ClasspathResourceLoader.class.getName());
        p.setProperty(RuntimeConstants.RUNTIME_LOG_LOGSYSTEM_CLASS, NullLogChute.class.getName());
        p.setProperty(RuntimeConstants.INPUT_ENCODING, "UTF-8");
        p.setProperty(RuntimeConstants.OUTPUT_ENCODING, "UTF-8");
        p.setProperty("velocimacro.permissions.allow.inline.local.scope", "true");
        engine = new VelocityEngine(p);
        engine.init();
    }

    @Override
    public void render(String template, Map<String, Object> context, Writer out) throws IOException {
        Map<String, Object> values = new HashMap<>(context);
        values.put("webResourcesHtml", RESOURCES);
        values.put("standaloneHeaderHtml", header((String) context.get("viewerKey")));
        VelocityContext velocity = new VelocityContext(values);
        EventCartridge events = new EventCartridge();
        events.addEventHandler(new EscapeUnlessHtml());
        events.attachToContext(velocity);
        Template t = engine.getTemplate(template, "UTF-8");
        t.merge(velocity, out);
    }

    private String header(String viewerKey) {
        String who = viewerKey == null ? "" : users.find(viewerKey).map(p -> p.displayName()).orElse(viewerKey);
        String settings = viewerKey != null && users.isAdmin(viewerKey)
                ? "<a href=\"" + PageLinks.RELATIVE.admin() + "\" id=\"admin-settings\">Settings</a> · " : "";
        String signOut = viewerKey == null ? "" : cookies == null ? "<a href=\"" + SignInServlet.LOGOUT + "\" id=\"sign-out\">Sign out</a>"
                : SignInServlet.signOutFormHtml(cookies, viewerKey);
        return "<header class=\"mentoring-standalone-header\"><span class=\"mentoring-app\">Mentoring</span>"
                + "<span>" + settings + "<span id=\"signed-in-as\">" + Html.escape(who) + "</span> · " + signOut + "</span></header>";
    }

    /** Escapes every inserted value except references whose last name ends in "Html". */
    public static final class EscapeUnlessHtml implements ReferenceInsertionEventHandler {
        @Override
        public Object referenceInsert(String reference, Object value) {
            if (value == null || isRaw(reference)) {
                return value;
            }
            return Html.escape(value.toString());
        }

        public static boolean isRaw(String reference) {
            String name = reference.replaceAll("[${}!]", "");
            int paren = name.indexOf('(');
            if (paren >= 0) {
                name = name.substring(0, paren);
            }
            return name.substring(name.lastIndexOf('.') + 1).endsWith("Html");
        }
    }
}
