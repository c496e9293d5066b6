package org.mentoring.program;

import java.util.List;
import org.mentoring.host.UserDirectory;
import org.mentoring.people.ProfileViews;
import org.mentoring.people.UserJson;

/** What the REST API answers for enrolments: instants as ISO text, enums by name, answers with their question's id. */
public final class EnrolmentJson {
    private EnrolmentJson() {
    }

    public record AnswerView(long question, String text) {
    }

    public record EnrolmentView(long id, long programId, UserJson user, boolean asMentor, boolean asMentee, String status,
                                Integer capacity, String enrolledAt, List<AnswerView> answers) {
    }

    public record QuestionView(long id, int position, String text, boolean required) {
    }

    /** The program as someone enrolling sees it: what it is, not how it is run. */
    public record ProgramSummary(long id, String name, String description, String objectives, String kind, String startsOn,
                                 String endsOn, String enrolFrom, String enrolUntil, String status, Integer mentorCap,
                                 boolean autoApprove) {
    }

    public record FormView(ProgramSummary program, List<QuestionView> questions, EnrolmentView enrolment,
                           ProfileViews.ProfileView profile, EnrolmentInput prefill) {
    }

    /** The body of {@code PUT /programs/{id}/enrolment-form}: the program's questions, in order. */
    public record QuestionsBody(List<EnrolmentService.QuestionInput> questions) {
    }

    static EnrolmentView of(Enrolment e, UserDirectory users) {
        return new EnrolmentView(e.id(), e.programId(), UserJson.lookup(users, e.userKey()), e.asMentor(), e.asMentee(),
                e.status().name(), e.capacity(), e.enrolledAt().toString(),
                e.answers().entrySet().stream().map(a -> new AnswerView(a.getKey(), a.getValue())).toList());
    }

    static QuestionView of(EnrolmentQuestion q) {
        return new QuestionView(q.id(), q.position(), q.text(), q.required());
    }

    static ProgramSummary summary(Program p) {
        return new ProgramSummary(p.id(), p.name(), p.description(), p.objectives(), p.kind().name(), text(p.startsOn()),
                text(p.endsOn()), text(p.enrolFrom()), text(p.enrolUntil()), p.status().name(), p.mentorCap(), p.autoApprove());
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
