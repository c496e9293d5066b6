package org.mentoring.error;

import java.util.List;

/** The request is well-formed but a domain rule refuses it in the current state. (HTTP 409) */
public class RuleViolationException extends DomainException {
    private static final long serialVersionUID = 1L;

    public RuleViolationException(Problem problem) {
        super(List.of(problem));
    }

    @Override
    public int httpStatus() {
        return 409;
    }
}
