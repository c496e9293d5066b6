package org.mentoring.rest;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The last resort for anything no other mapper claims. JAX-RS refusals (no such path, method not allowed,
 * unsupported media type, …) keep their status with the documented error body; anything else is a bug,
 * logged here with a reference, and answered with the documented body and that reference only: never
 * exception or SQL text.
 */
@Provider
public class UnexpectedExceptionMapper implements ExceptionMapper<Throwable> {
    private static final Logger LOG = LoggerFactory.getLogger(UnexpectedExceptionMapper.class);

    @Context
    private HttpHeaders headers;
    @Context
    private UriInfo uri;

    @Override
    public Response toResponse(Throwable e) {
        if (e instanceof WebApplicationException refusal && refusal.getResponse().getStatus() < 500) {
            Response original = refusal.getResponse();
            Response.ResponseBuilder answer = Response.status(original.getStatus()).type(MediaType.APPLICATION_JSON_TYPE)
                    .entity(StatusErrors.body(original.getStatus(), DomainExceptionMapper.locale(headers)));
            for (String kept : new String[] {HttpHeaders.ALLOW, HttpHeaders.WWW_AUTHENTICATE, HttpHeaders.RETRY_AFTER}) {
                if (original.getHeaderString(kept) != null) {
                    answer.header(kept, original.getHeaderString(kept));
                }
            }
            return answer.build();
        }
        String reference = UUID.randomUUID().toString();
        LOG.error("Unexpected failure (reference {}) on {}", reference, uri == null ? "?" : uri.getRequestUri(), e);
        return Response.status(500).type(MediaType.APPLICATION_JSON_TYPE)
                .header("X-Mentoring-Error-Reference", reference)
                .entity(StatusErrors.body(500, DomainExceptionMapper.locale(headers))).build();
    }
}
