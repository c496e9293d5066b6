package org.mentoring.program;

import java.time.LocalDate;
import java.util.List;

/**
 * A program's aggregates as of {@code asOf} (see {@link ProgramDashboardService}): counts only, each small group
 * withheld ({@link DashboardSection}). {@code medianDaysToMatch} is null while fewer than three mentees are matched.
 */
public record ProgramDashboard(Program program, LocalDate asOf, List<DashboardSection> sections, Integer medianDaysToMatch) {
    public DashboardSection section(String key) {
        return sections.stream().filter(s -> s.key().equals(key)).findFirst().orElseThrow();
    }
}
