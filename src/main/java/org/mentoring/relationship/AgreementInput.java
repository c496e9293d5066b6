package org.mentoring.relationship;

/**
 * An agreement as a caller sent it: strings, so each bad field can be named.
 * Dates are ISO-8601 ("2026-11-24"); cadence is one of {@link Cadence}; cadenceDays only with EVERY_N_DAYS.
 */
public record AgreementInput(String objectives, String cadence, Integer cadenceDays, String channel,
                             String confidentiality, String startDate, String plannedEndDate) {
}
