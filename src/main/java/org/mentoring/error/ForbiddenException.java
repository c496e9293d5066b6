package org.mentoring.error;

import java.util.List;

/** The caller may see the thing but not do this to it. (HTTP 403) */
public class ForbiddenException extends DomainException {
    private static final long serialVersionUID = 1L;

    public ForbiddenException(Problem problem) {
        super(List.of(problem));
    }

    @Override
    public int httpStatus() {
        return 403;
    }
}
