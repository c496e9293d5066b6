package org.mentoring.program;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import net.java.ao.Entity;
import net.java.ao.Query;
import org.mentoring.feedback.FeedbackEntity;
import org.mentoring.goal.GoalEntity;
import org.mentoring.goal.GoalStatus;
import org.mentoring.host.EntityStore;
import org.mentoring.relationship.AgreementEntity;
import org.mentoring.relationship.Relationship;
import org.mentoring.relationship.RelationshipEntity;
import org.mentoring.relationship.RelationshipStore;

/**
 * The program dashboard's queries: a fixed number of statements whatever the program's size — its enrolments and
 * relationships (one statement each, only what the aggregates need), and COUNTs joined to the program's relationships
 * for goals, agreements and feedback. Nothing here reads a note, a text or a rating.
 */
public final class ProgramDashboardStore {
    private final EntityStore store;
    private final RelationshipStore relationships;

    public ProgramDashboardStore(EntityStore store, RelationshipStore relationships) {
        this.store = store;
        this.relationships = relationships;
    }

    /** One person's enrolment as the aggregates see it. */
    record EnrolmentRow(String userKey, EnrolmentStatus status, boolean asMentor, boolean asMentee, long enrolledAt) {
    }

    List<EnrolmentRow> enrolments(long programId) {
        ProgramEnrolmentEntity[] rows = store.find(ProgramEnrolmentEntity.class, Query.select(
                        "ID, " + ProgramEnrolmentEntity.USER_KEY + ", " + ProgramEnrolmentEntity.STATUS + ", "
                                + ProgramEnrolmentEntity.AS_MENTOR + ", " + ProgramEnrolmentEntity.AS_MENTEE + ", "
                                + ProgramEnrolmentEntity.ENROLLED_AT)
                .where(ProgramEnrolmentEntity.PROGRAM_ID + " = ?", programId));
        List<EnrolmentRow> out = new ArrayList<>(rows.length);
        for (ProgramEnrolmentEntity e : rows) {
            out.add(new EnrolmentRow(e.getUserKey(), EnrolmentStatus.valueOf(e.getStatus()), e.isAsMentor(), e.isAsMentee(),
                    e.getEnrolledAt()));
        }
        return out;
    }

    List<Relationship> relationships(long programId) {
        return relationships.ofProgram(programId);
    }

    /** The program's goals in {@code status}: one COUNT. */
    int goals(long programId, GoalStatus status) {
        return joined(GoalEntity.class, GoalEntity.RELATIONSHIP_ID, programId, "g." + GoalEntity.STATUS + " = ?", status.name());
    }

    /** The program's agreements: how many there are and how many both members accepted as they stand. */
    record AgreementCounts(int total, int accepted) {
    }

    /**
     * One statement reading three numbers per agreement (Active Objects quotes only the left side of a comparison,
     * which PostgreSQL's case-sensitive names need, so two columns cannot be compared in SQL portably).
     */
    AgreementCounts agreements(long programId) {
        AgreementEntity[] rows = store.find(AgreementEntity.class, Query.select("ID, " + AgreementEntity.REVISION + ", "
                        + AgreementEntity.MENTOR_ACCEPTED_REV + ", " + AgreementEntity.MENTEE_ACCEPTED_REV)
                .alias(AgreementEntity.class, "g").alias(RelationshipEntity.class, "r")
                .join(RelationshipEntity.class, "g." + AgreementEntity.RELATIONSHIP_ID + " = r.ID")
                .where("r." + RelationshipEntity.PROGRAM_ID + " = ?", programId));
        int accepted = 0;
        for (AgreementEntity a : rows) {
            if (a.getMentorAcceptedRev() == a.getRevision() && a.getMenteeAcceptedRev() == a.getRevision()) {
                accepted++;
            }
        }
        return new AgreementCounts(rows.length, accepted);
    }

    /** Feedback given in the program's relationships; {@code acknowledged}: only what its recipient acknowledged. */
    int feedback(long programId, boolean acknowledged) {
        return joined(FeedbackEntity.class, FeedbackEntity.RELATIONSHIP_ID, programId,
                acknowledged ? "g." + FeedbackEntity.ACKNOWLEDGED_AT + " IS NOT NULL" : null);
    }

    /** COUNT of {@code type}'s rows (alias g) whose relationship belongs to the program. */
    private int joined(Class<? extends Entity> type, String relationshipColumn, long programId, String where, Object... params) {
        Object[] all = new Object[params.length + 1];
        all[0] = programId;
        System.arraycopy(params, 0, all, 1, params.length);
        Query q = Query.select().alias(type, "g").alias(RelationshipEntity.class, "r")
                .join(RelationshipEntity.class, "g." + relationshipColumn + " = r.ID")
                .where("r." + RelationshipEntity.PROGRAM_ID + " = ?" + (where == null ? "" : " AND " + where), all);
        return store.count(type, q);
    }

    static List<GoalStatus> goalStatuses() {
        return Arrays.asList(GoalStatus.values());
    }
}
