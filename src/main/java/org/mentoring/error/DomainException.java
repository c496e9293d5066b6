package org.mentoring.error;

import java.util.List;
import java.util.stream.Collectors;
import org.mentoring.i18n.Messages;

/** A refusal with one or more problems; REST and pages turn it into a status code and messages. */
public abstract class DomainException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient List<Problem> problems;

    protected DomainException(List<Problem> problems) {
        super(problems.stream().map(p -> (p.field() == null ? "" : p.field() + ": ") + Messages.english(p))
                .collect(Collectors.joining("; ")));
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }

    /** The HTTP status this refusal maps to. */
    public abstract int httpStatus();
}
