package org.mentoring.program;

import java.util.Set;

/** The moves through a program's lifecycle, each allowed only from the statuses it names. */
public enum ProgramMove {
    OPEN(ProgramStatus.OPEN, Set.of(ProgramStatus.DRAFT)),
    START(ProgramStatus.RUNNING, Set.of(ProgramStatus.OPEN)),
    CLOSE(ProgramStatus.CLOSED, Set.of(ProgramStatus.DRAFT, ProgramStatus.OPEN, ProgramStatus.RUNNING));

    private final ProgramStatus target;
    private final Set<ProgramStatus> from;

    ProgramMove(ProgramStatus target, Set<ProgramStatus> from) {
        this.target = target;
        this.from = from;
    }

    public ProgramStatus target() {
        return target;
    }

    public boolean allowedFrom(ProgramStatus status) {
        return from.contains(status);
    }
}
