package org.mentoring.relationship;

import java.util.List;
import org.mentoring.people.UserJson;

/**
 * A relationship in API responses: what anyone who may see it may know (people, status, dates),
 * the caller's role and the moves the caller may make now ({@code actions}). No pair content.
 * The meeting schedule ({@code sessionCount} … {@code meetingOverdue}) is null for viewers who may not see it.
 */
public record RelationshipJson(
        long id,
        String self,
        UserJson mentor,
        UserJson mentee,
        String kind,
        Long programId,
        String status,
        String proposedBy,
        String invitee,
        String proposedAt,
        String statusChangedAt,
        int version,
        String viewerRole,
        List<String> actions,
        boolean mentorKeepsInTouch,
        boolean menteeKeepsInTouch,
        Integer sessionCount,
        String lastSessionOn,
        String nextMeetingOn,
        Boolean meetingOverdue) {
}
