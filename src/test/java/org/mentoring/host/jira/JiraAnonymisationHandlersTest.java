package org.mentoring.host.jira;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.mentoring.testing.MentoringFixture.ADMIN;
import static org.mentoring.testing.MentoringFixture.MANAGER;
import static org.mentoring.testing.MentoringFixture.MENTEE;
import static org.mentoring.testing.MentoringFixture.MENTOR;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.RETURNS_SELF;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.mockConstruction;
import static org.mockito.Mockito.mockStatic;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.atlassian.jira.task.context.Context;
import com.atlassian.jira.user.anonymize.AffectedEntity;
import com.atlassian.jira.user.anonymize.AffectedEntityType;
import com.atlassian.jira.user.anonymize.OwnershipTransferParameter;
import com.atlassian.jira.user.anonymize.UserAnonymizationParameter;
import com.atlassian.jira.user.anonymize.UserPropertyChangeParameter;
import com.atlassian.jira.util.SimpleErrorCollection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.mentoring.paging.PageRequest;
import org.mentoring.program.ProgramInput;
import org.mentoring.relationship.Move;
import org.mentoring.relationship.MoveRequest;
import org.mentoring.relationship.Proposal;
import org.mentoring.relationship.Relationship;
import org.mentoring.relationship.RelationshipStatus;
import org.mentoring.session.SessionInput;
import org.mentoring.testing.MentoringFixture;
import org.mentoring.testing.StoreTestDatabase;
import org.mockito.MockedConstruction;
import org.mockito.MockedStatic;

/**
 * Jira's anonymisation run through the app's four handler modules in Jira's order (ownership transfer, anonymisation,
 * key change, name change), with Mockito for Jira's parameter and result types and the real app on the real
 * database: the affected entities are counts per kind, and afterwards no app table holds the old key.
 */
public class JiraAnonymisationHandlersTest {
    private static final String ANONYMISED = "JIRAUSER10100";
    private MentoringFixture f;
    private MockedStatic<AffectedEntity> affected;
    private MockedConstruction<SimpleErrorCollection> errors;
    /** What the handlers reported, description key to count. */
    private final Map<String, Long> reported = new TreeMap<>();
    private final Map<String, AffectedEntityType> types = new TreeMap<>();
    private Relationship live;

    @Before
    public void setUp() {
        f = new MentoringFixture();
        affected = mockStatic(AffectedEntity.class);
        affected.when(() -> AffectedEntity.newBuilder(any())).thenAnswer(call -> {
            AffectedEntity.Builder builder = mock(AffectedEntity.Builder.class, RETURNS_SELF);
            String[] key = new String[1];
            when(builder.descriptionKey(anyString())).thenAnswer(i -> {
                key[0] = i.getArgument(0);
                types.put(key[0], call.getArgument(0));
                return builder;
            });
            when(builder.numberOfOccurrences(any())).thenAnswer(i -> {
                reported.put(key[0], i.getArgument(0));
                return builder;
            });
            when(builder.build()).thenReturn(mock(AffectedEntity.class));
            return builder;
        });
        errors = mockConstruction(SimpleErrorCollection.class);
        live = f.relationships.propose(MENTEE, new Proposal(MENTOR, MENTEE, "INFORMAL", null, null));
        live = f.relationships.move(MENTOR, live.id(), Move.ACCEPT, MoveRequest.none());
        long s = f.sessions.create(MENTOR, live.id(), new SessionInput("2026-11-01", 30, "Intro", "Shared", null), null, List.of()).id();
        f.sessions.setPrivateNote(MENTEE, s, "TOMAS-PRIVATE");
        long program = f.graph.programs().create(ADMIN, new ProgramInput("Graduates", null, null, "ALWAYS_ON", null, null,
                null, null, null, null, null, null, true, null, null)).id();
        f.graph.programs().appoint(ADMIN, program, MENTEE);
    }

    @After
    public void tearDown() {
        affected.close();
        errors.close();
    }

    @Test
    public void jirasAnonymisationLeavesNoTraceOfTheOldKey() throws Exception {
        Context context = mock(Context.class);
        when(context.start(any())).thenReturn(mock(Context.Task.class));

        OwnershipTransferParameter transfer = mock(OwnershipTransferParameter.class);
        when(transfer.getCurrentUserKey()).thenReturn(MENTEE);
        when(transfer.getTransferredToUserKey()).thenReturn(MANAGER);
        when(transfer.getContext()).thenReturn(context);
        UserAnonymizationParameter anonymise = mock(UserAnonymizationParameter.class);
        when(anonymise.getUserKey()).thenReturn(MENTEE);
        when(anonymise.getContext()).thenReturn(context);
        UserPropertyChangeParameter key = mock(UserPropertyChangeParameter.class);
        when(key.getOriginal()).thenReturn(MENTEE);
        when(key.getTarget()).thenReturn(ANONYMISED);
        when(key.getContext()).thenReturn(context);

        MentoringOwnershipTransferHandler owner = new MentoringOwnershipTransferHandler(f.graph.erasure());
        MentoringUserAnonymizationHandler data = new MentoringUserAnonymizationHandler(f.graph.erasure());
        MentoringUserKeyChangeHandler keys = new MentoringUserKeyChangeHandler(f.graph.erasure());
        MentoringUserNameChangeHandler names = new MentoringUserNameChangeHandler();

        // 1. Jira asks every handler what it holds before anything changes.
        assertEquals(1, owner.getAffectedEntities(transfer).size());
        data.getAffectedEntities(anonymise);
        keys.getAffectedEntities(key);
        assertEquals("the app stores no user names", List.of(), List.copyOf(names.getAffectedEntities(key)));
        assertEquals(Long.valueOf(1), reported.get("mentoring.erasure.kind.programs.managed"));
        assertEquals(AffectedEntityType.TRANSFER_OWNERSHIP, types.get("mentoring.erasure.kind.programs.managed"));
        assertEquals(Long.valueOf(1), reported.get("mentoring.erasure.kind.relationships"));
        assertEquals(Long.valueOf(1), reported.get("mentoring.erasure.kind.sessions.privateNotes"));
        assertEquals(AffectedEntityType.REMOVE, types.get("mentoring.erasure.kind.sessions.privateNotes"));
        assertEquals(AffectedEntityType.ANONYMIZE, types.get("mentoring.erasure.kind.relationships"));
        assertTrue(reported.get("mentoring.erasure.kind.userKeys") > 3);

        // 2. Then runs them in its order.
        owner.update(transfer);
        data.update(anonymise);
        keys.update(key);
        names.update(key);
        for (SimpleErrorCollection e : errors.constructed()) {
            verify(e, never()).addErrorMessage(anyString());
        }

        assertEquals("no app table holds the old key", java.util.Set.of(),
                org.mentoring.privacy.AppTablesAccess.traces(StoreTestDatabase.entityManager(), List.of(MENTEE, "TOMAS-PRIVATE")));
        Relationship after = f.relationships.get(MENTOR, live.id());
        assertEquals(RelationshipStatus.ENDED, after.status());
        assertEquals("shared content now names Jira's anonymised user", ANONYMISED, after.menteeKey());
        assertFalse(f.programManagers.programsOf(MANAGER).isEmpty());
        assertTrue(f.programManagers.programsOf(ANONYMISED).isEmpty());
        assertEquals("Shared", f.sessions.ofRelationship(MENTOR, live.id(), PageRequest.first(5)).sessions().values().get(0).sharedNotes());
    }

    @Test
    public void aFailureIsReportedToJiraAsAnErrorMessageNotAnException() {
        UserPropertyChangeParameter broken = mock(UserPropertyChangeParameter.class);
        when(broken.getOriginal()).thenThrow(new IllegalStateException("database gone"));
        new MentoringUserKeyChangeHandler(f.graph.erasure()).update(broken);
        verify(errors.constructed().get(0)).addErrorMessage(org.mockito.ArgumentMatchers.contains("database gone"));
    }

}
