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

    /** The decision table. Kept static and total so a test can enumerate every case. */
    static boolean decide(Role role, Action action, Visibility visibility, boolean viewerIsAuthor) {
        boolean member = role.isMember();
        switch (action) {
            case SEE_RELATIONSHIP:
                return role != Role.OTHER;
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
