package org.mentoring.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.mentoring.testing.TestHost;

/** A tiny JSON client for the REST API, signed in as one demo person (or anonymous). */
final class ApiClient {
    static final ObjectMapper JSON = new ObjectMapper();
    /** Its own connection pool: a pooled connection to a port a previous (stopped) test host used would be stale. */
    private final HttpClient http = HttpClient.newHttpClient();

    record Reply(int status, String body, HttpResponse<String> raw) {
        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new AssertionError("not JSON (" + status + "): " + body, e);
            }
        }

        JsonNode errors() {
            return json().get("errors");
        }
    }

    private final TestHost host;
    private final String user;

    ApiClient(TestHost host, String user) {
        this.host = host;
        this.user = user;
    }

    Reply get(String path) {
        return send(request(path).GET());
    }

    /** GET asking for {@code accept} (CSV exports). */
    Reply getAccepting(String path, String accept) {
        return send(request(path).header("Accept", accept).GET());
    }

    Reply post(String path, String json) {
        return send(request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json == null ? "" : json)));
    }

    Reply delete(String path) {
        return send(request(path).header("X-Atlassian-Token", "no-check").DELETE());
    }

    Reply put(String path, String json) {
        return send(request(path).header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    Reply postAs(String path, String contentType, String body, String token) {
        HttpRequest.Builder b = request(path).header("Content-Type", contentType);
        if (token != null) {
            b.header("X-Atlassian-Token", token);
        }
        return send(b.POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(host.rest() + path));
        if (user != null) {
            b.header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8)));
        }
        return b;
    }

    /**
     * Sends once more if the server had closed the pooled connection before the request reached it (the server
     * answers refusals such as 401 without reading a request's body, and then closes that connection): no
     * response at all means the server never handled the request, so sending it again is safe.
     */
    private Reply send(HttpRequest.Builder b) {
        HttpRequest request = b.build();
        for (int attempt = 1; ; attempt++) {
            try {
                HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                return new Reply(r.statusCode(), r.body(), r);
            } catch (IOException e) {
                if (attempt == 2 || !String.valueOf(e.getMessage()).contains("received no bytes")) {
                    throw new AssertionError(e);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    static String json(Object... keyValues) {
        var node = JSON.createObjectNode();
        for (int i = 0; i < keyValues.length; i += 2) {
            node.putPOJO((String) keyValues[i], keyValues[i + 1]);
        }
        return node.toString();
    }
}
