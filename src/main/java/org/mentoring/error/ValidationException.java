package org.mentoring.error;

import java.util.List;

/** Bad input: each problem names the field at fault. Nothing was written. (HTTP 400) */
public class ValidationException extends DomainException {
    private static final long serialVersionUID = 1L;

    public ValidationException(List<Problem> problems) {
        super(problems);
    }

    @Override
    public int httpStatus() {
        return 400;
    }
}
