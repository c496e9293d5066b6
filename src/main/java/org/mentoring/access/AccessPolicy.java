package org.mentoring.access;

import org.mentoring.host.UserDirectory;
import org.mentoring.program.ProgramManagers;

/**
 * The one answer to "may this viewer do this". Services, REST resources, pages, macros and workflow
 * conditions all ask here. A mentor is a confidant: PAIR and PRIVATE content is for members only,
 * administrators included; program managers additionally read PROGRAM content; administrators only
 * learn that a relationship exists and its status; anyone else cannot tell that it exists.
 */
public final class AccessPolicy {
    private final UserDirectory users;
    private final ProgramManagers programManagers;

    public AccessPolicy(UserDirectory users, ProgramManagers programManagers) {
        this.users = users;
        this.programManagers = programManagers;
    }

    public Role roleOf(String viewerKey, Parties parties) {
        if (viewerKey == null) {
            return Role.OTHER;
        }
        if (viewerKey.equals(parties.mentorKey())) {
            return Role.MENTOR;
        }
        if (viewerKey.equals(parties.menteeKey())) {
            return Role.MENTEE;
        }
        if (parties.programId() != null && programManagers.isManager(parties.programId(), viewerKey)) {
            return Role.PROGRAM_MANAGER;
        }
        return users.isAdmin(viewerKey) ? Role.ADMIN : Role.OTHER;
    }

    /** For actions on the relationship itself (no content involved). */
    public boolean permits(Role role, Action action) {
        return decide(role, action, null, false);
    }

    /** For actions on a piece of content with a visibility and an author. */
    public boolean permits(Role role, Action action, Visibility visibility, boolean viewerIsAuthor) {
        return decide(role, action, visibility, viewerIsAuthor);
    }

    public boolean maySee(String viewerKey, Parties parties, Visibility visibility, String authorKey) {
        Role role = roleOf(viewerKey, parties);
        return decide(role, Action.SEE_CONTENT, visibility, viewerKey != null && viewerKey.equals(authorKey));
    }

    public ProfileViewer profileViewerOf(String viewerKey, String ownerKey) {
        if (viewerKey == null || users.find(viewerKey).filter(p -> p.active()).isEmpty()) {
            return ProfileViewer.NOBODY;
        }
        if (viewerKey.equals(ownerKey)) {
            return ProfileViewer.OWNER;
        }
        return users.isAdmin(viewerKey) ? ProfileViewer.ADMIN : ProfileViewer.MEMBER;
    }

    /** May {@code viewerKey} do {@code action} with {@code ownerKey}'s profile, which others may see when {@code visible}? */
    public boolean permitsProfile(String viewerKey, String ownerKey, ProfileAction action, boolean visible) {
        return decideProfile(profileViewerOf(viewerKey, ownerKey), action, visible);
    }

    /**
     * The profile decision table: owners and administrators see and edit any profile; other members see only
     * visible ones (a hidden profile is as absent as a missing one); nobody else sees anything.
     */
    static boolean decideProfile(ProfileViewer viewer, ProfileAction action, boolean visible) {
        switch (viewer) {
            case OWNER:
            case ADMIN:
                return true;
            case MEMBER:
                return action == ProfileAction.SEE && visible;
            default:
                return false;
        }
    }

    /**
     * Who {@code viewerKey} is towards program {@code programId}: an administrator wins over a manager (they may do
     * more); anyone else, a manager of another program included, is NOBODY.
     */
    public ProgramViewer programViewerOf(String viewerKey, long programId) {
        if (viewerKey == null || users.find(viewerKey).filter(p -> p.active()).isEmpty()) {
            return ProgramViewer.NOBODY;
        }
        if (users.isAdmin(viewerKey)) {
            return ProgramViewer.ADMIN;
        }
        return programManagers.isManager(programId, viewerKey) ? ProgramViewer.MANAGER : ProgramViewer.NOBODY;
    }

    public boolean permitsProgram(String viewerKey, long programId, ProgramAction action) {
        return decideProgram(programViewerOf(viewerKey, programId), action);
    }

    /**
     * The program decision table: administrators do everything; a program's managers see it and run its lifecycle,
     * and decide enrolments, but its fields and its managers are the administrators'; nobody else learns that it exists.
     */
    static boolean decideProgram(ProgramViewer viewer, ProgramAction action) {
        switch (viewer) {
            case ADMIN:
                return true;
            case MANAGER:
                return action == ProgramAction.SEE || action == ProgramAction.MOVE || action == ProgramAction.DECIDE_ENROLMENT;
            default:
                return false;
        }
    }

    /**
     * Who {@code viewerKey} is towards one introduction in the relationship of {@code parties}: a member (mentor or
     * mentee) wins; then the person introduced ({@code introducedKey}, null until someone is); then whoever they are
     * towards the relationship (program managers and administrators, who read nothing of introductions).
     */
    public Role introductionRoleOf(String viewerKey, Parties parties, String introducedKey) {
        Role role = roleOf(viewerKey, parties);
        if (!role.isMember() && viewerKey != null && viewerKey.equals(introducedKey)) {
            return Role.INTRODUCED;
        }
        return role;
    }

    /**
     * May {@code role} do {@code action} with an introduction? {@code asker}: the viewer asked for it;
     * {@code accepted}: the introduced person has accepted it.
     */
    public boolean permitsIntroduction(Role role, IntroductionAction action, boolean asker, boolean accepted) {
        return decideIntroduction(role, action, asker, accepted);
    }

    /**
     * The introduction decision table. An introduction is pair content of its relationship, so the two members read it
     * and nobody else of the relationship does (program managers and administrators included). The person introduced
     * sees it (who introduces them, and the note addressed to them) and answers it; they learn who asked, and why,
     * only by accepting — and only then does the asker learn who they are (and read the note, which names them).
     * Asker and asked member each have their part.
     */
    static boolean decideIntroduction(Role role, IntroductionAction action, boolean asker, boolean accepted) {
        boolean member = role.isMember();
        boolean introduced = role == Role.INTRODUCED;
        switch (action) {
            case SEE:
                return member || introduced;
            case SEE_ASKER_AND_PURPOSE:
                return member || (introduced && accepted);
            case SEE_INTRODUCED:
                return (member && (!asker || accepted)) || introduced;
            case ASK:
                return member;
            case INTRODUCE:
                return member && !asker;
            case WITHDRAW:
                return member && asker;
            case ANSWER:
                return introduced;
            default:
                return false;
        }
    }

    /** The decision table. Kept static and total so a test can enumerate every case. */
    static boolean decide(Role role, Action action, Visibility visibility, boolean viewerIsAuthor) {
        boolean member = role.isMember();
        switch (action) {
            case SEE_RELATIONSHIP:
                // The person introduced is nobody towards the relationship: they see their introduction, nothing else.
                return role != Role.OTHER && role != Role.INTRODUCED;
            case SEE_CONTENT:
                if (visibility == null) {
                    return false;
                }
                switch (visibility) {
                    case PRIVATE:
                        return member && viewerIsAuthor;
                    case PAIR:
                        return member;
                    case PROGRAM:
                        return member || role == Role.PROGRAM_MANAGER;
                    default:
                        return false;
                }
            case ADD_CONTENT:
            case CHANGE_RELATIONSHIP:
                return member;
            case EDIT_CONTENT:
                return member && viewerIsAuthor;
            case EDIT_SHARED:
                return member && (visibility == Visibility.PAIR || visibility == Visibility.PROGRAM);
            default:
                return false;
        }
    }
}
