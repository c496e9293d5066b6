package org.mentoring.error;

import java.util.List;

/**
 * Absent, or present but not visible to the caller: the two are indistinguishable on purpose,
 * so confidential relationships do not leak their existence. (HTTP 404)
 */
public class NotFoundException extends DomainException {
    private static final long serialVersionUID = 1L;

    public NotFoundException(String what) {
        super(List.of(Problem.of(null, "mentoring.error.notfound", what)));
    }

    @Override
    public int httpStatus() {
        return 404;
    }
}
