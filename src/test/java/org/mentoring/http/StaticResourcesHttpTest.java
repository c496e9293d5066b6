package org.mentoring.http;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;
import org.mentoring.host.standalone.WebResourceBatches;
import org.mentoring.testing.TestHost;

/**
 * The standalone host's static files as a browser gets them: the app's CSS and JS batched as atlassian-plugin.xml
 * lists them, every URL versioned and kept for a year, text compressed, the plain URLs revalidated by ETag, and no
 * page or API answer compressed (they carry tokens).
 */
public class StaticResourcesHttpTest {
    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private static final String BASIC_TOMAS = "Basic " + java.util.Base64.getEncoder().encodeToString("tomas:tomas".getBytes(StandardCharsets.UTF_8));
    private static TestHost host;

    @BeforeClass
    public static void start() throws Exception {
        host = TestHost.start();
    }

    @AfterClass
    public static void stop() throws Exception {
        host.close();
    }

    @Test
    public void pagesNameVersionedBatchesThatAreKeptForAYearAndCompressed() throws Exception {
        String page = host.page("/plugins/servlet/mentoring/my", "tomas").body();
        Matcher scripts = Pattern.compile("<script src=\"(/static/[0-9a-f]{12}/[^\"]+)\"").matcher(page);
        List<String> urls = scripts.results().map(m -> m.group(1)).toList();
        String prefix = WebResourceBatches.standard().prefix();
        assertEquals(List.of(prefix + "/vendor/jquery/jquery.min.js", prefix + "/vendor/aui/aui-prototyping.js", prefix + "/batch.js"), urls);
        assertTrue(page, page.contains("href=\"" + prefix + "/batch.css\""));

        for (String url : List.of(prefix + "/batch.js", prefix + "/batch.css", prefix + "/vendor/aui/aui-prototyping.js",
                prefix + "/vendor/aui/aui-prototyping.css")) {
            HttpResponse<byte[]> r = get(url, "Accept-Encoding", "gzip");
            assertEquals(url, 200, r.statusCode());
            assertEquals(url, "public, max-age=31536000, immutable", r.headers().firstValue("Cache-Control").orElse(""));
            assertEquals(url, "gzip", r.headers().firstValue("Content-Encoding").orElse(""));
            byte[] plain = gunzip(r.body());
            assertTrue(url + ": " + r.body().length + " bytes for " + plain.length, r.body().length * 3 < plain.length);
        }
    }

    @Test
    public void theJsBatchHoldsEveryScriptOfThePageWebResourceInOrder() throws Exception {
        String js = new String(gunzip(get(WebResourceBatches.standard().prefix() + "/batch.js", "Accept-Encoding", "gzip").body()),
                StandardCharsets.UTF_8);
        int restClient = js.indexOf("/* web/js/rest-client.js */");
        int mentoring = js.indexOf("/* web/js/mentoring.js */");
        int combobox = js.indexOf("/* web/js/combobox.js */");
        assertTrue("the dependency (the REST client) comes first", restClient >= 0 && restClient < mentoring);
        assertTrue(mentoring < combobox);
        for (String file : List.of("goals.js", "admin.js", "notifications.js", "feedback.js", "sessions.js")) {
            assertTrue(file, js.contains("/* web/js/" + file + " */"));
        }
        assertFalse("the Confluence wizard is not a page resource", js.contains("relationship-wizard"));
        String css = new String(get(WebResourceBatches.standard().prefix() + "/batch.css").body(), StandardCharsets.UTF_8);
        assertTrue(css.startsWith("/* web/css/mentoring.css */"));
    }

    @Test
    public void aBrowserThatHasTheBatchIsToldItIsUnchanged() throws Exception {
        String url = WebResourceBatches.standard().prefix() + "/batch.js";
        HttpResponse<byte[]> first = get(url);
        String etag = first.headers().firstValue("ETag").orElseThrow();
        assertEquals(304, get(url, "If-None-Match", etag).statusCode());
        assertEquals(404, get(WebResourceBatches.standard().prefix() + "/no-such.js").statusCode());
    }

    @Test
    public void plainStaticUrlsAreRevalidatedAndPagesAndApiAnswersAreNotCompressed() throws Exception {
        HttpResponse<byte[]> plain = get("/static/mentoring/js/rest-client.js", "Accept-Encoding", "gzip");
        assertEquals(200, plain.statusCode());
        assertEquals("no-cache", plain.headers().firstValue("Cache-Control").orElse(""));
        String etag = plain.headers().firstValue("ETag").orElseThrow();
        assertEquals(304, get("/static/mentoring/js/rest-client.js", "Accept-Encoding", "gzip", "If-None-Match", etag).statusCode());

        HttpRequest page = HttpRequest.newBuilder(host.base.resolve("/plugins/servlet/mentoring/my")).header("Accept-Encoding", "gzip")
                .header("Authorization", BASIC_TOMAS).build();
        HttpResponse<byte[]> pageAnswer = HTTP.send(page, HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, pageAnswer.statusCode());
        assertTrue(pageAnswer.headers().firstValue("Content-Encoding").isEmpty());
        HttpRequest api = HttpRequest.newBuilder(host.base.resolve("/rest/mentoring/1.0/relationships")).header("Accept-Encoding", "gzip")
                .header("Authorization", BASIC_TOMAS).build();
        HttpResponse<byte[]> apiAnswer = HTTP.send(api, HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, apiAnswer.statusCode());
        assertTrue(apiAnswer.headers().firstValue("Content-Encoding").isEmpty());
    }

    private static HttpResponse<byte[]> get(String path, String... headers) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(host.base + path));
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static byte[] gunzip(byte[] body) throws IOException {
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
            return in.readAllBytes();
        }
    }
}
