package org.mentoring.relationship;

/** How often the pair agreed to meet. */
public enum Cadence {
    WEEKLY(7), EVERY_TWO_WEEKS(14), MONTHLY(30), EVERY_N_DAYS(0);

    private final int days;

    Cadence(int days) {
        this.days = days;
    }

    /** Days between meetings; {@code everyNDays} is used only by {@link #EVERY_N_DAYS}. */
    public int intervalDays(Integer everyNDays) {
        return this == EVERY_N_DAYS ? everyNDays : days;
    }
}
