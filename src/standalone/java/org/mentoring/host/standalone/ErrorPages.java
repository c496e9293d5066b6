package org.mentoring.host.standalone;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import org.eclipse.jetty.ee10.servlet.ServletContextRequest;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.mentoring.i18n.Messages;
import org.mentoring.rest.StatusErrors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The app's own error answers in place of Jetty's (which name Jetty's version and may print exception
 * text): the documented JSON error body under /rest/, a plain page elsewhere. Exceptions are logged here,
 * never shown.
 */
final class ErrorPages {
    private static final Logger LOG = LoggerFactory.getLogger(ErrorPages.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private ErrorPages() {
    }

    /** Answers {@code status} with its error body; {@code args} fill the status's message. */
    static void send(HttpServletRequest request, HttpServletResponse response, int status, Object... args) throws IOException {
        response.resetBuffer();
        response.setStatus(status);
        Body body = body(request.getRequestURI(), request.getHeader("Accept"), status, args);
        response.setContentType(body.contentType());
        response.getOutputStream().write(body.bytes());
    }

    static void tooManySignIns(HttpServletRequest request, HttpServletResponse response, Duration wait) throws IOException {
        long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
        response.setHeader("Retry-After", Long.toString(seconds));
        send(request, response, 429, seconds);
    }

    record Body(String contentType, byte[] bytes) {
    }

    /**
     * JSON for the API's paths, or for a caller that asks for JSON and not HTML. A request Jetty cannot read
     * (an ambiguous or malformed path) reaches here with neither its path nor its headers: it gets the page.
     */
    static Body body(String path, String accept, int status, Object... args) {
        boolean wantsJson = accept != null && accept.contains("application/json") && !accept.contains("text/html");
        if ((path != null && path.startsWith("/rest/")) || wantsJson) {
            try {
                return new Body("application/json;charset=UTF-8", JSON.writeValueAsBytes(StatusErrors.body(status, Locale.ENGLISH, args)));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
        }
        String message = Html.escape(Messages.english(StatusErrors.problem(status, args)));
        String page = "<!DOCTYPE html><html lang=\"en\" class=\"aui-responsive\"><head><meta charset=\"utf-8\"><title>" + message + " – Mentoring</title>"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<link rel=\"icon\" href=\"data:,\">" + WebResourceBatches.standard().stylesHtml() + "</head>"
                + "<body class=\"aui-page-focused aui-page-size-medium mentoring-page\"><div id=\"page\"><div class=\"aui-page-panel\"><div class=\"aui-page-panel-inner\">"
                + "<main class=\"aui-page-panel-content\"><h1 id=\"error-message\">" + message + "</h1>"
                + "<p><a href=\"" + SignInServlet.HOME + "\">My mentoring</a></p></main></div></div></div></body></html>";
        return new Body("text/html;charset=UTF-8", page.getBytes(StandardCharsets.UTF_8));
    }

    private static void logFailure(int status, String path, Throwable cause) {
        if (status >= 500) {
            LOG.error("Request to {} failed with {}", path, status, cause);
        }
    }

    /** Errors inside the web application: servlet exceptions, sendError, Jersey's own refusals that reach the container. */
    static final class ForContext extends org.eclipse.jetty.ee10.servlet.ErrorHandler {
        @Override
        protected void generateAcceptableResponse(ServletContextRequest baseRequest, HttpServletRequest request, HttpServletResponse response,
                int code, String message) throws IOException {
            logFailure(code, request.getRequestURI(), (Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION));
            Body body = body(request.getRequestURI(), request.getHeader("Accept"), code);
            response.setContentType(body.contentType());
            SecurityHeadersFilter.HEADERS.forEach(response::setHeader);
            response.setHeader("Cache-Control", "no-store");
            response.getOutputStream().write(body.bytes());
        }
    }

    /** Errors Jetty answers before any application code runs (a malformed request, an ambiguous path). */
    static final class ForServer extends org.eclipse.jetty.server.handler.ErrorHandler {
        @Override
        protected void generateResponse(Request request, Response response, int code, String message, Throwable cause, Callback callback) {
            String path = request.getHttpURI() == null ? null : request.getHttpURI().getPath();
            logFailure(code, path, cause);
            Body body = body(path, request.getHeaders().get(HttpHeader.ACCEPT), code);
            response.getHeaders().put(HttpHeader.CONTENT_TYPE, body.contentType());
            for (Map.Entry<String, String> h : SecurityHeadersFilter.HEADERS.entrySet()) {
                response.getHeaders().put(h.getKey(), h.getValue());
            }
            response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
            response.write(true, ByteBuffer.wrap(body.bytes()), callback);
        }

        /** A request Jetty could not even parse. */
        @Override
        public ByteBuffer badMessageError(int status, String reason, org.eclipse.jetty.http.HttpFields.Mutable fields) {
            Body body = body(null, null, status);
            fields.put(HttpHeader.CONTENT_TYPE, body.contentType());
            return ByteBuffer.wrap(body.bytes());
        }
    }
}
