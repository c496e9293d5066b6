package org.mentoring.error;

import java.util.List;

/** The thing changed since the caller read it (stale version, or a concurrent writer won). (HTTP 409) */
public class ConflictException extends DomainException {
    private static final long serialVersionUID = 1L;

    public ConflictException(Problem problem) {
        super(List.of(problem));
    }

    @Override
    public int httpStatus() {
        return 409;
    }
}
