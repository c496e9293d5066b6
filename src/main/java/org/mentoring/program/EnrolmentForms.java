package org.mentoring.program;

import java.util.List;
import java.util.Optional;
import org.mentoring.people.Profile;
import org.mentoring.people.ProfileService;
import org.mentoring.relationship.MentorCapacity;

/**
 * What someone about to enrol is shown: the program, its questions, their enrolment if they have one, and the answers
 * their mentoring profile already gives — mentor if they offer mentoring, mentee if they seek a mentor, and as many
 * mentees as their own capacity allows, capped by the program.
 */
public final class EnrolmentForms {
    private final EnrolmentService enrolments;
    private final ProfileService profiles;
    private final MentorCapacity capacity;

    public EnrolmentForms(EnrolmentService enrolments, ProfileService profiles, MentorCapacity capacity) {
        this.enrolments = enrolments;
        this.profiles = profiles;
        this.capacity = capacity;
    }

    /** The form as {@code viewerKey} sees it, {@code prefill} taken from their own profile. */
    public record Form(Program program, List<EnrolmentQuestion> questions, Optional<Enrolment> enrolment, Profile profile,
                       EnrolmentInput prefill) {
    }

    public Form form(String viewerKey, long programId) {
        Program program = enrolments.enrolling(viewerKey, programId);
        List<EnrolmentQuestion> questions = enrolments.questions(viewerKey, programId);
        Profile profile = profiles.get(viewerKey, viewerKey);
        Integer mentees = null;
        if (profile.offersMentoring()) {
            int own = capacity.of(viewerKey);
            mentees = program.mentorCap() == null ? own : Math.min(own, program.mentorCap());
            mentees = mentees < 1 ? null : mentees;
        }
        boolean mentor = profile.offersMentoring();
        boolean mentee = profile.seeksMentor() || !mentor;
        return new Form(program, questions, enrolments.mine(viewerKey, programId), profile,
                new EnrolmentInput(mentor, mentee, mentor ? mentees : null, List.of()));
    }
}
