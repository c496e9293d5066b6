package org.mentoring.rest;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.Locale;
import org.mentoring.error.DomainException;

/** Turns a refusal from the core into its status code and a Jira-style error body. */
@Provider
public class DomainExceptionMapper implements ExceptionMapper<DomainException> {
    @Context
    private HttpHeaders headers;

    @Override
    public Response toResponse(DomainException e) {
        return Response.status(e.httpStatus())
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(ErrorJson.of(e.problems(), locale(headers)))
                .build();
    }

    static Locale locale(HttpHeaders headers) {
        if (headers == null) {
            return Locale.ENGLISH;
        }
        List<Locale> languages = headers.getAcceptableLanguages();
        return languages.isEmpty() || languages.get(0).getLanguage().equals("*") ? Locale.ENGLISH : languages.get(0);
    }
}
