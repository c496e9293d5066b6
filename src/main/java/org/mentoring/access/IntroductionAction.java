package org.mentoring.access;

/**
 * What a viewer wants to do with one introduction (network package): a request one member of a relationship makes of
 * the other, and, once made, the person introduced. Double opt-in: the asker and the introduced person learn each
 * other's names (and the introduced person the purpose) only when the introduced person accepts.
 */
public enum IntroductionAction {
    /** Know that the introduction exists, its status, and who was asked to make it. */
    SEE,
    /** Read who asked, and what for (the purpose). */
    SEE_ASKER_AND_PURPOSE,
    /** Read who was introduced, and the note addressed to them (it names them, as a rule). */
    SEE_INTRODUCED,
    /** Ask the other member for an introduction. */
    ASK,
    /** Answer a request one was asked: introduce someone, or decline. */
    INTRODUCE,
    /** Take back one's own request while it is open. */
    WITHDRAW,
    /** Accept or decline being introduced. */
    ANSWER
}
