package org.mentoring.http;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.net.URI;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.mentoring.host.standalone.SessionCookies;
import org.mentoring.testing.TestHost;

/** The standalone host's sign-in and sign-out as a browser uses them, and as a forger would try them. */
public class SignInTest {
    private static final String HOME = "/plugins/servlet/mentoring/my";
    private TestHost host;
    private WebBrowser browser;

    @Before
    public void start() throws Exception {
        host = TestHost.start();
        browser = new WebBrowser(host.base);
    }

    @After
    public void stop() throws Exception {
        host.close();
    }

    private String cookieHeader(HttpResponse<String> r, String name) {
        return r.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith(name + "=")).findFirst()
                .orElseThrow(() -> new AssertionError("no " + name + " cookie in " + r.headers().map()));
    }

    private int relationshipsStatus(WebBrowser as) {
        return as.get("/rest/mentoring/1.0/relationships", "Accept", "application/json").statusCode();
    }

    @Test
    public void signingInGivesAnHttpOnlySameSiteCookieThatIsSecureOnlyOverHttps() {
        HttpResponse<String> r = browser.signIn("tomas", "tomas", null);
        assertEquals(303, r.statusCode());
        assertEquals(HOME, URI.create(r.headers().firstValue("Location").orElseThrow()).getPath());
        String cookie = cookieHeader(r, SessionCookies.NAME).toLowerCase();
        assertTrue(cookie, cookie.contains("httponly") && cookie.contains("samesite=lax"));
        assertFalse("plain HTTP: not Secure, or the browser would never send it back", cookie.contains("secure"));
        assertEquals(200, relationshipsStatus(browser));

        WebBrowser behindTls = new WebBrowser(host.base);
        String token = WebBrowser.token(behindTls.get(WebBrowser.SIGN_IN, "X-Forwarded-Proto", "https").body());
        HttpResponse<String> overHttps = behindTls.post(WebBrowser.SIGN_IN, Map.of("username", "mara", "password", "mara", "token", token),
                "X-Forwarded-Proto", "https", "Origin", "https://" + host.base.getRawAuthority());
        assertEquals(303, overHttps.statusCode());
        assertTrue(cookieHeader(overHttps, SessionCookies.NAME).toLowerCase().contains("secure"));
    }

    @Test
    public void afterSigningInOnlyTheAppsOwnPagesAreDestinations() {
        for (String foreign : List.of("/\\evil.example", "/\t/evil.example", "/\\/evil.example", "//evil.example", "///evil.example",
                "/..//evil.example", "/%2e%2e//evil.example", "https://evil.example/", "javascript:alert(1)", "evil.example",
                "/plugins/servlet/mentoring/../../../x", "/plugins/servlet/mentoring/%2e%2e/x", "/rest/mentoring/1.0/relationships", "")) {
            WebBrowser b = new WebBrowser(host.base);
            HttpResponse<String> r = b.signIn("tomas", "tomas", foreign);
            assertEquals(foreign, 303, r.statusCode());
            String location = r.headers().firstValue("Location").orElseThrow();
            URI resolved = host.base.resolve(location);
            assertEquals(foreign + " -> " + location, host.base.getRawAuthority(), resolved.getRawAuthority());
            assertEquals(foreign + " -> " + location, HOME, resolved.getRawPath());
        }
        HttpResponse<String> own = new WebBrowser(host.base).signIn("tomas", "tomas", "/plugins/servlet/mentoring/goals?relationship=4&x=a%20b");
        assertEquals("/plugins/servlet/mentoring/goals?relationship=4&x=a%20b",
                host.base.resolve(own.headers().firstValue("Location").orElseThrow()).getRawPath() + "?"
                        + host.base.resolve(own.headers().firstValue("Location").orElseThrow()).getRawQuery());
    }

    @Test
    public void anyDestinationOnTheSignInPageIsHarmless() {
        for (String destination : List.of("/..//x", "/%00", "\"><script>alert(1)</script>", "/\\host")) {
            HttpResponse<String> page = browser.get("/login?os_destination=" + java.net.URLEncoder.encode(destination, java.nio.charset.StandardCharsets.UTF_8));
            assertEquals(destination, 200, page.statusCode());
            assertFalse(page.body().contains("<script>alert"));
        }
    }

    @Test
    public void signInNeedsTheFormsTokenAndThisSitesOrigin() {
        String token = WebBrowser.token(browser.get(WebBrowser.SIGN_IN).body());
        HttpResponse<String> noToken = browser.post(WebBrowser.SIGN_IN, Map.of("username", "tomas", "password", "tomas"));
        assertEquals(403, noToken.statusCode());
        assertTrue(noToken.body().contains("Sign in again"));
        HttpResponse<String> otherSite = browser.post(WebBrowser.SIGN_IN, Map.of("username", "tomas", "password", "tomas", "token", token),
                "Origin", "http://" + host.base.getHost() + ":1");
        assertEquals("another site on the same host is another origin", 403, otherSite.statusCode());
        WebBrowser forger = new WebBrowser(host.base);
        HttpResponse<String> stolenToken = forger.post(WebBrowser.SIGN_IN, Map.of("username", "tomas", "password", "tomas", "token", token));
        assertEquals("a token is bound to its browser's nonce cookie", 403, stolenToken.statusCode());
        for (HttpResponse<String> refused : List.of(noToken, otherSite, stolenToken)) {
            assertTrue(refused.headers().allValues("Set-Cookie").stream().noneMatch(c -> c.startsWith(SessionCookies.NAME + "=")));
        }
        assertEquals(303, browser.post(WebBrowser.SIGN_IN, Map.of("username", "tomas", "password", "tomas", "token", token)).statusCode());
    }

    @Test
    public void wrongPasswordsShowTheFormAgain() {
        HttpResponse<String> r = browser.signIn("tomas", "wrong", null);
        assertEquals(401, r.statusCode());
        assertTrue(r.body().contains("Wrong user name or password."));
        assertNull(browser.cookies.get(SessionCookies.NAME));
    }

    @Test
    public void signOutIsAPostWithTheSessionsTokenAndEndsTheSession() {
        browser.signIn("tomas", "tomas", null);
        String stolenCookie = browser.cookies.get(SessionCookies.NAME);
        HttpResponse<String> page = browser.get(HOME);
        assertEquals(200, page.statusCode());
        assertTrue("the header's sign-out is a form", page.body().contains("<form class=\"mentoring-sign-out\" method=\"post\" action=\"/logout\">"));
        String token = WebBrowser.token(page.body());

        HttpResponse<String> confirm = browser.get("/logout");
        assertEquals("a GET only asks", 200, confirm.statusCode());
        assertEquals(200, relationshipsStatus(browser));
        assertEquals("no token", 403, browser.post("/logout", Map.of()).statusCode());
        assertEquals("a forged token", 403, browser.post("/logout", Map.of("token", token + "x")).statusCode());
        assertEquals("another origin", 403, browser.post("/logout", Map.of("token", token), "Origin", "http://evil.example").statusCode());
        assertEquals("none of that signed out", 200, relationshipsStatus(browser));

        HttpResponse<String> out = browser.post("/logout", Map.of("token", token));
        assertEquals(303, out.statusCode());
        assertEquals("/login", URI.create(out.headers().firstValue("Location").orElseThrow()).getPath());
        assertNull("the browser drops the cookie", browser.cookies.get(SessionCookies.NAME));
        WebBrowser replay = new WebBrowser(host.base);
        replay.cookies.put(SessionCookies.NAME, stolenCookie);
        assertEquals("a copy of the old cookie is dead too", 401, relationshipsStatus(replay));
        assertEquals("pages send it to sign in", 302, replay.get(HOME).statusCode());

        browser.signIn("tomas", "tomas", null);
        assertEquals("signing in again works", 200, relationshipsStatus(browser));
    }

    @Test
    public void anExpiredCookieIsRefused() throws Exception {
        org.mentoring.testing.MutableClock clock = new org.mentoring.testing.MutableClock(java.time.Instant.parse("2026-11-02T09:00:00Z"));
        host.close();
        host = TestHost.start(clock);
        WebBrowser b = new WebBrowser(host.base);
        b.signIn("zoe", "zoe", null);
        assertEquals(200, relationshipsStatus(b));
        clock.advance(java.time.Duration.ofHours(12).plusSeconds(1));
        assertEquals(401, relationshipsStatus(b));
    }
}
