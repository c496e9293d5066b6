package org.mentoring.program;

import java.util.List;

/**
 * An enrolment as a person sends it: the roles, the mentees they take in this program (mentors; missing: as many as
 * their own capacity and the program's cap allow) and the answers to the program's questions.
 */
public record EnrolmentInput(Boolean asMentor, Boolean asMentee, Integer capacity, List<Answer> answers) {

    /** The answer to question {@code question} (its id). */
    public record Answer(Long question, String text) {
    }
}
