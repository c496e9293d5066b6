package org.mentoring.program;

/**
 * A whole program as an administrator writes it (PUT replaces everything): dates as YYYY-MM-DD, enums by name;
 * missing {@code matching} is MANAGER, {@code cadence} MONTHLY, {@code weights} the directory's. {@code version}
 * is required on update.
 */
public record ProgramInput(String name, String description, String objectives, String kind, String startsOn, String endsOn,
                           String enrolFrom, String enrolUntil, String matching, String cadence, Integer meetingMinutes,
                           Integer mentorCap, Boolean autoApprove, WeightsInput weights, Integer version) {

    /** The fit score's weights, each 0–100; a missing one keeps the directory's. */
    public record WeightsInput(Double skill, Double language, Double timeZone, Double availability) {
    }
}
