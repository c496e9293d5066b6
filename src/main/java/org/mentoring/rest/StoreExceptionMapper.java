package org.mentoring.rest;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import org.mentoring.error.Problem;
import org.mentoring.host.StoreException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A database failure the core could not absorb: 409 when a concurrent writer still won after the retries
 * (or outside a transaction), 503 for anything else (the database unreachable, restarting, refusing). The
 * caller gets the Jira-style error body with a message and never the SQL or exception text, which goes to the log.
 */
@Provider
public class StoreExceptionMapper implements ExceptionMapper<StoreException> {
    private static final Logger LOG = LoggerFactory.getLogger(StoreExceptionMapper.class);

    @Context
    private HttpHeaders headers;

    @Override
    public Response toResponse(StoreException e) {
        boolean lostRace = StoreException.isConcurrentWriteConflict(e);
        if (lostRace) {
            LOG.info("Concurrent write refused by the database", e);
        } else {
            LOG.error("Database failure", e);
        }
        Problem problem = Problem.of(null, lostRace ? "mentoring.error.concurrent" : "mentoring.error.unavailable");
        Response.ResponseBuilder response = Response.status(lostRace ? 409 : 503)
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(ErrorJson.of(List.of(problem), DomainExceptionMapper.locale(headers)));
        return lostRace ? response.build() : response.header("Retry-After", "5").build();
    }
}
