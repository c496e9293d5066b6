package org.mentoring.http;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.junit.Assert.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.Before;
import org.junit.Test;
import org.mentoring.notification.NotificationKind;
import org.mentoring.testing.TestHost;

/** Each person sets how they hear about each kind of news; a mail's unsubscribe link works without signing in and cannot be forged. */
public class NotificationPreferencesApiTest {
    private TestHost host;
    private ApiClient mara;
    private ApiClient anonymous;

    @Before
    public void start() throws Exception {
        host = TestHost.start();
        mara = new ApiClient(host, "mara");
        anonymous = new ApiClient(host, null);
    }

    private String choice(ApiClient who, String kind, String channel) {
        for (JsonNode k : who.get("/notifications/preferences").json().get("kinds")) {
            if (k.get("kind").asText().equals(kind)) {
                return k.get(channel).asText();
            }
        }
        throw new AssertionError(kind);
    }

    @Test
    public void defaultsDoNotFloodAndChangesAreTheCallersOwn() {
        JsonNode kinds = mara.get("/notifications/preferences").json().get("kinds");
        assertEquals(NotificationKind.values().length, kinds.size());
        assertEquals("Feedback", kinds.get(4).get("name").asText());
        assertEquals("DIGEST", choice(mara, "FEEDBACK", "email"));
        assertEquals("IMMEDIATE", choice(mara, "FEEDBACK", "inApp"));

        JsonNode after = mara.put("/notifications/preferences", "{\"FEEDBACK\":{\"email\":\"IMMEDIATE\"},\"GOAL\":{\"inApp\":\"OFF\",\"email\":\"OFF\"}}").json();
        assertEquals(NotificationKind.values().length, after.get("kinds").size());
        assertEquals("IMMEDIATE", choice(mara, "FEEDBACK", "email"));
        assertEquals("OFF", choice(mara, "GOAL", "inApp"));
        assertEquals("Tomáš's stay as they were", "DIGEST", choice(new ApiClient(host, "tomas"), "FEEDBACK", "email"));
    }

    @Test
    public void badChoicesAreNamedAndChangeNothing() {
        ApiClient.Reply bad = mara.put("/notifications/preferences", "{\"FEEDBACK\":{\"email\":\"OFF\",\"inApp\":\"DIGEST\"},\"NOPE\":{}}");
        assertEquals(400, bad.status());
        assertThat(bad.errors().get("FEEDBACK.inApp").asText(), containsString("IMMEDIATE, OFF"));
        assertThat(bad.errors().get("NOPE").asText(), containsString("FEEDBACK"));
        assertEquals("nothing written", "DIGEST", choice(mara, "FEEDBACK", "email"));
        assertEquals(400, mara.put("/notifications/preferences", "[1]").status());
        assertEquals(401, anonymous.get("/notifications/preferences").status());
    }

    @Test
    public void theUnsubscribeLinkWorksWithoutSignInAndAForgedOrAlteredOneIsRefused() {
        String link = host.app.graph.unsubscribeLinks().url("u-mara", NotificationKind.FEEDBACK);
        String path = link.substring(link.indexOf("/unsubscribe"));
        String sig = path.substring(path.indexOf("sig=") + 4);

        assertEquals("another person", 404, anonymous.get(path.replace("user=u-mara", "user=u-tomas")).status());
        assertEquals("another kind", 404, anonymous.get(path.replace("kind=FEEDBACK", "kind=GOAL")).status());
        assertEquals("a changed signature", 404, anonymous.get(path.replace(sig, (sig.charAt(0) == 'A' ? "B" : "A") + sig.substring(1))).status());
        assertEquals("no signature", 404, anonymous.get("/unsubscribe?user=u-mara&kind=FEEDBACK").status());
        assertEquals("nothing changed by the refusals", "DIGEST", choice(mara, "FEEDBACK", "email"));

        ApiClient.Reply asked = anonymous.get(path);
        assertEquals(200, asked.status());
        assertThat("a mail scanner's GET only asks", asked.body(), containsString("Stop these e-mails?"));
        assertThat("in the page shell, signed out", asked.body(), containsString("id=\"sign-in\""));
        assertThat(asked.body(), containsString("<form class=\"aui\" method=\"post\""));
        assertEquals("nothing changed by the GET", "DIGEST", choice(mara, "FEEDBACK", "email"));
        assertEquals("a forged one-click POST", 404, oneClick(path.replace("user=u-mara", "user=u-tomas")).statusCode());
        assertEquals("DIGEST", choice(new ApiClient(host, "tomas"), "FEEDBACK", "email"));

        java.net.http.HttpResponse<String> done = oneClick(path);
        assertEquals(200, done.statusCode());
        assertThat(done.body(), containsString("You will get no more e-mails about: Feedback."));
        assertEquals("OFF", choice(mara, "FEEDBACK", "email"));
        assertEquals("in the app unchanged", "IMMEDIATE", choice(mara, "FEEDBACK", "inApp"));
        assertEquals("the goal mails still come", "DIGEST", choice(mara, "GOAL", "email"));
        assertEquals("Tomáš unaffected", "DIGEST", choice(new ApiClient(host, "tomas"), "FEEDBACK", "email"));
    }

    @Test
    public void aDigestsOneClickLinkStopsEveryKindOfMail() throws Exception {
        String link = host.app.graph.unsubscribeLinks().url("u-mara", org.mentoring.notification.UnsubscribeLinks.ALL);
        assertEquals(200, oneClick(link.substring(link.indexOf("/unsubscribe"))).statusCode());
        for (NotificationKind kind : NotificationKind.values()) {
            assertEquals(kind.name(), "OFF", choice(mara, kind.name(), "email"));
        }
        assertEquals("IMMEDIATE", choice(mara, "GOAL", "inApp"));
    }

    @Test
    public void thePreferencesPageShowsEachKindsChoicesLabelledAndLinkedFromMyMentoring() throws Exception {
        mara.put("/notifications/preferences", "{\"REMINDER\":{\"email\":\"IMMEDIATE\"},\"GOAL\":{\"inApp\":\"OFF\"}}");
        java.net.http.HttpResponse<String> page = host.page("/plugins/servlet/mentoring/preferences", "mara");
        assertEquals(200, page.statusCode());
        String html = page.body();
        assertThat(html, containsString("<h1>Notification preferences</h1>"));
        for (NotificationKind kind : NotificationKind.values()) {
            String id = kind.name().toLowerCase(java.util.Locale.ROOT);
            assertThat(html, containsString("<label for=\"pref-" + id + "-inapp\">In the app</label>"));
            assertThat(html, containsString("<label for=\"pref-" + id + "-email\">By e-mail</label>"));
        }
        assertThat(html, containsString("<legend><span>Reminders of what is waiting in your mentorships</span></legend>"));
        java.util.regex.Matcher reminderMail = java.util.regex.Pattern.compile("id=\"pref-reminder-email\" name=\"email\">\\s*"
                + "<option value=\"IMMEDIATE\" selected>").matcher(html);
        assertEquals("Mara's choice is the one selected", true, reminderMail.find());
        assertThat(html, containsString("<option value=\"OFF\" selected>Do not show</option>"));
        assertThat("it says what happened after saving", html, containsString("role=\"status\""));
        assertThat(host.page("/plugins/servlet/mentoring/my", "mara").body(),
                containsString("href=\"/plugins/servlet/mentoring/preferences\""));
        assertEquals("signed out: to the sign-in page", 302, host.page("/plugins/servlet/mentoring/preferences", null).statusCode());
    }

    /** What a mail program sends for RFC 8058 one-click unsubscribe: a form POST, no session, no XSRF header. */
    private java.net.http.HttpResponse<String> oneClick(String path) {
        try {
            return java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                    java.net.URI.create(host.rest() + path)).header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(java.net.http.HttpRequest.BodyPublishers.ofString("List-Unsubscribe=One-Click")).build(),
                    java.net.http.HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
