package org.mentoring.people;

import java.util.List;

/**
 * What happens when a person leaves the host and when they come back. Leaving runs every {@link DepartureStep} in
 * order (they leave the directory, their relationships are paused, proposals withdrawn, …); a step that fails does
 * not stop the others, and the first failure is thrown after all have run, so the host's listener can log it and a
 * repeated event can finish the work. Coming back restores their directory entry only: paused relationships stay
 * paused until a member resumes them, withdrawn proposals stay withdrawn.
 */
public final class Departures {
    private final List<DepartureStep> steps;
    private final ProfileService profiles;

    public Departures(List<DepartureStep> steps, ProfileService profiles) {
        this.steps = List.copyOf(steps);
        this.profiles = profiles;
    }

    public void departed(String userKey) {
        if (userKey == null || userKey.isBlank()) {
            return;
        }
        RuntimeException first = null;
        for (DepartureStep step : steps) {
            try {
                step.departed(userKey);
            } catch (RuntimeException e) {
                if (first == null) {
                    first = e;
                } else {
                    first.addSuppressed(e);
                }
            }
        }
        if (first != null) {
            throw first;
        }
    }

    public void returned(String userKey) {
        if (userKey != null && !userKey.isBlank()) {
            profiles.returned(userKey);
        }
    }
}
