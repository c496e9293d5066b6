package org.mentoring.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.stream.Collectors;
import org.mentoring.error.Problem;

/** A body that is not JSON, or JSON of the wrong shape: 400, naming the field where there is one. */
@Provider
public class JsonInputExceptionMapper implements ExceptionMapper<JsonProcessingException> {
    @Context
    private HttpHeaders headers;

    @Override
    public Response toResponse(JsonProcessingException e) {
        Problem problem = Problem.of(null, "mentoring.error.json");
        if (e instanceof UnrecognizedPropertyException unknown) {
            problem = Problem.of(unknown.getPropertyName(), "mentoring.error.json.unknown");
        } else if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            String field = mapping.getPath().stream()
                    .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                    .collect(Collectors.joining("."));
            problem = Problem.of(field, "mentoring.error.json.type");
        }
        return Response.status(400).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(ErrorJson.of(List.of(problem), DomainExceptionMapper.locale(headers))).build();
    }
}
