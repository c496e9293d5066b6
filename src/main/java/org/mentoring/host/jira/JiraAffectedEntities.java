package org.mentoring.host.jira;

import com.atlassian.jira.bc.ServiceResult;
import com.atlassian.jira.bc.ServiceResultImpl;
import com.atlassian.jira.task.context.Context;
import com.atlassian.jira.user.anonymize.AffectedEntity;
import com.atlassian.jira.user.anonymize.AffectedEntityType;
import com.atlassian.jira.util.SimpleErrorCollection;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Map;
import java.util.Set;

/**
 * What the anonymisation handlers hand Jira: one affected entity per kind the app holds (counts, an i18n key naming
 * the kind; never content), and the result of an update (an error message instead of an exception, as Jira asks).
 */
final class JiraAffectedEntities {
    static final String KEY_PREFIX = "mentoring.erasure.kind.";
    /** Kinds that go entirely (the person's alone); everything else stays, attributed to the anonymised user. */
    private static final Set<String> REMOVED = Set.of("profile", "relationships.privateNotes", "goals.privateNotes",
            "sessions.privateNotes", "feedback.private", "notifications.received", "notifications.unsentMail",
            "notifications.preferences", "relationships.capacity");

    private JiraAffectedEntities() {
    }

    static Collection<AffectedEntity> of(Map<String, Integer> counts, AffectedEntityType kept) {
        Collection<AffectedEntity> entities = new ArrayList<>();
        counts.forEach((kind, n) -> entities.add(AffectedEntity.newBuilder(REMOVED.contains(kind) ? AffectedEntityType.REMOVE : kept)
                .descriptionKey(KEY_PREFIX + kind).numberOfOccurrences((long) n).build()));
        return entities;
    }

    /** Runs {@code work} as the handler's one task; a failure becomes the error message Jira shows the administrator. */
    static ServiceResult run(Context context, Runnable work) {
        SimpleErrorCollection errors = new SimpleErrorCollection();
        try {
            work.run();
        } catch (RuntimeException e) {
            errors.addErrorMessage("Mentoring could not update its data: " + e.getMessage());
        } finally {
            if (context != null) {
                context.start(null).complete();
            }
        }
        return new ServiceResultImpl(errors);
    }
}
