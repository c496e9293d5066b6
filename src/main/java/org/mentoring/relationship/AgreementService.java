package org.mentoring.relationship;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.mentoring.access.AccessPolicy;
import org.mentoring.access.Action;
import org.mentoring.access.Role;
import org.mentoring.access.Visibility;
import org.mentoring.error.NotFoundException;
import org.mentoring.error.Problem;
import org.mentoring.error.Problems;
import org.mentoring.error.RuleViolationException;

/** The agreement of a relationship: pair content, changed only by its members while it is live. */
public final class AgreementService {
    public static final int MAX_TEXT = 10_000;
    public static final int MAX_CHANNEL = 100;
    public static final int MAX_CADENCE_DAYS = 365;

    private final RelationshipStore store;
    private final RelationshipService relationships;
    private final RelationshipWrites writes;
    private final AccessPolicy access;

    public AgreementService(RelationshipStore store, RelationshipService relationships, RelationshipWrites writes, AccessPolicy access) {
        this.store = store;
        this.relationships = relationships;
        this.writes = writes;
        this.access = access;
    }

    /** Empty when none was written yet; not found for anyone who may not read pair content. */
    public Optional<Agreement> get(String viewerKey, long relationshipId) {
        Relationship r = relationships.get(viewerKey, relationshipId);
        if (!access.permits(access.roleOf(viewerKey, r.parties()), Action.SEE_CONTENT, Visibility.PAIR, false)) {
            throw new NotFoundException("agreement");
        }
        return find(relationshipId).map(AgreementService::toRecord);
    }

    /** Writes a new revision; the editor accepts it by writing it, the other member is asked again. */
    public Agreement update(String actorKey, long relationshipId, AgreementInput input, Integer version) {
        Problems problems = new Problems();
        String objectives = problems.requiredText("objectives", input.objectives(), MAX_TEXT);
        Cadence cadence = parseCadence(problems, input.cadence());
        Integer cadenceDays = input.cadenceDays();
        if (cadence == Cadence.EVERY_N_DAYS) {
            if (cadenceDays == null) {
                problems.add("cadenceDays", "mentoring.error.required");
            } else {
                problems.checkRange("cadenceDays", cadenceDays, 1, MAX_CADENCE_DAYS);
            }
        } else if (cadenceDays != null) {
            problems.add("cadenceDays", "mentoring.agreement.cadencedays.unused");
        }
        String channel = problems.optionalText("channel", input.channel(), MAX_CHANNEL);
        String confidentiality = problems.optionalText("confidentiality", input.confidentiality(), MAX_TEXT);
        LocalDate start = problems.optionalDate("startDate", input.startDate());
        LocalDate end = problems.optionalDate("plannedEndDate", input.plannedEndDate());
        if (start != null && end != null && !end.isAfter(start)) {
            problems.add("plannedEndDate", "mentoring.agreement.end.beforestart");
        }
        problems.throwIfAny();

        writes.apply(actorKey, relationshipId, version, (before, role, now) -> {
            requireLive(before);
            return new RelationshipWrites.Planned(EventType.AGREEMENT_UPDATE, before.status(), null, null, entity -> {
                entity.setMeetingIntervalDays(cadence.intervalDays(cadenceDays));
                AgreementEntity agreement = find(relationshipId).orElseGet(() -> store.insertAgreement(Map.of(
                        AgreementEntity.RELATIONSHIP_ID, relationshipId,
                        AgreementEntity.CADENCE, cadence.name(),
                        AgreementEntity.REVISION, 0,
                        AgreementEntity.MENTOR_ACCEPTED_REV, 0,
                        AgreementEntity.MENTEE_ACCEPTED_REV, 0,
                        AgreementEntity.UPDATED_BY, actorKey,
                        AgreementEntity.UPDATED_AT, now.toEpochMilli())));
                int revision = agreement.getRevision() + 1;
                agreement.setObjectives(objectives);
                agreement.setCadence(cadence.name());
                agreement.setCadenceDays(cadence == Cadence.EVERY_N_DAYS ? cadenceDays : null);
                agreement.setChannel(channel);
                agreement.setConfidentiality(confidentiality);
                agreement.setStartDate(start == null ? null : start.toString());
                agreement.setPlannedEndDate(end == null ? null : end.toString());
                agreement.setRevision(revision);
                if (role == Role.MENTOR) {
                    agreement.setMentorAcceptedRev(revision);
                } else {
                    agreement.setMenteeAcceptedRev(revision);
                }
                agreement.setUpdatedBy(actorKey);
                agreement.setUpdatedAt(now.toEpochMilli());
                agreement.save();
            });
        });
        return find(relationshipId).map(AgreementService::toRecord).orElseThrow();
    }

    /** The actor accepts the current revision. */
    public Agreement accept(String actorKey, long relationshipId, Integer version) {
        writes.apply(actorKey, relationshipId, version, (before, role, now) -> {
            requireLive(before);
            AgreementEntity agreement = find(relationshipId).orElseThrow(
                    () -> new RuleViolationException(Problem.of(null, "mentoring.agreement.none")));
            int accepted = role == Role.MENTOR ? agreement.getMentorAcceptedRev() : agreement.getMenteeAcceptedRev();
            if (accepted == agreement.getRevision()) {
                throw new RuleViolationException(Problem.of(null, "mentoring.agreement.accepted.already"));
            }
            return new RelationshipWrites.Planned(EventType.AGREEMENT_ACCEPT, before.status(), null, null, entity -> {
                if (role == Role.MENTOR) {
                    agreement.setMentorAcceptedRev(agreement.getRevision());
                } else {
                    agreement.setMenteeAcceptedRev(agreement.getRevision());
                }
                agreement.save();
            });
        });
        return find(relationshipId).map(AgreementService::toRecord).orElseThrow();
    }

    /**
     * The agreement for a relationship the caller already viewed (the page does), without looking the
     * relationship up again; pair access is checked against the role found then.
     */
    public Optional<Agreement> find(RelationshipService.Viewed viewed) {
        if (!access.permits(viewed.role(), Action.SEE_CONTENT, Visibility.PAIR, false)) {
            throw new NotFoundException("agreement");
        }
        return find(viewed.relationship().id()).map(AgreementService::toRecord);
    }

    /**
     * Which of the viewer's own live relationships ({@code memberOf}, as listed for them) have an agreement whose
     * current version the viewer has not accepted yet: one query, whatever their number.
     */
    public java.util.Set<Long> awaitingAcceptance(String viewerKey, List<Relationship> memberOf) {
        Map<Long, Relationship> live = new java.util.HashMap<>();
        memberOf.stream().filter(r -> r.isMember(viewerKey) && r.status().isLive()).forEach(r -> live.put(r.id(), r));
        java.util.Set<Long> waiting = new java.util.HashSet<>();
        for (AgreementEntity a : store.agreements(List.copyOf(live.keySet()))) {
            Relationship r = live.get(a.getRelationshipId());
            int accepted = r.mentorKey().equals(viewerKey) ? a.getMentorAcceptedRev() : a.getMenteeAcceptedRev();
            if (accepted != a.getRevision()) {
                waiting.add(r.id());
            }
        }
        return waiting;
    }

    private Optional<AgreementEntity> find(long relationshipId) {
        return store.agreement(relationshipId);
    }

    private static void requireLive(Relationship r) {
        if (!r.status().isLive()) {
            throw new RuleViolationException(Problem.of("status", "mentoring.agreement.notlive", r.status().name()));
        }
    }

    private static Cadence parseCadence(Problems problems, String cadence) {
        if (cadence == null || cadence.isBlank()) {
            problems.add("cadence", "mentoring.error.required");
            return null;
        }
        try {
            return Cadence.valueOf(cadence.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            problems.add("cadence", "mentoring.error.choice", "WEEKLY, EVERY_TWO_WEEKS, MONTHLY, EVERY_N_DAYS");
            return null;
        }
    }

    static Agreement toRecord(AgreementEntity e) {
        return new Agreement(e.getRelationshipId(), e.getObjectives(), Cadence.valueOf(e.getCadence()), e.getCadenceDays(),
                e.getChannel(), e.getConfidentiality(),
                e.getStartDate() == null ? null : LocalDate.parse(e.getStartDate()),
                e.getPlannedEndDate() == null ? null : LocalDate.parse(e.getPlannedEndDate()),
                e.getRevision(), e.getMentorAcceptedRev() == e.getRevision(), e.getMenteeAcceptedRev() == e.getRevision(),
                e.getUpdatedBy(), Instant.ofEpochMilli(e.getUpdatedAt()));
    }
}
