package org.mentoring.error;

import java.util.List;

/** The request has no signed-in user. (HTTP 401) */
public class NotAuthenticatedException extends DomainException {
    private static final long serialVersionUID = 1L;

    public NotAuthenticatedException() {
        super(List.of(Problem.of(null, "mentoring.error.signin")));
    }

    @Override
    public int httpStatus() {
        return 401;
    }
}
