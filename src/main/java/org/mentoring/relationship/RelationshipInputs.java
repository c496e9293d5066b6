package org.mentoring.relationship;

/** Request bodies of the relationship API. Unknown fields are refused (400 naming them). */
public final class RelationshipInputs {
    private RelationshipInputs() {
    }

    public record ProposalJson(String mentorKey, String menteeKey, String kind, Long programId, String note) {
        Proposal toProposal() {
            return new Proposal(mentorKey, menteeKey, kind, programId, note);
        }
    }

    public record MoveJson(String note, String noteVisibility, Integer version) {
        MoveRequest toRequest() {
            return new MoveRequest(note, noteVisibility, version);
        }
    }

    public record ReflectionJson(String note, String visibility, Integer version) {
    }

    public record AgreementJson(String objectives, String cadence, Integer cadenceDays, String channel,
                                String confidentiality, String startDate, String plannedEndDate, Integer version) {
        AgreementInput toInput() {
            return new AgreementInput(objectives, cadence, cadenceDays, channel, confidentiality, startDate, plannedEndDate);
        }
    }

    public record VersionJson(Integer version) {
    }
}
