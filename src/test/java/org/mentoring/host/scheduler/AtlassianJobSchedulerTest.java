package org.mentoring.host.scheduler;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import com.atlassian.scheduler.JobRunner;
import com.atlassian.scheduler.JobRunnerRequest;
import com.atlassian.scheduler.JobRunnerResponse;
import com.atlassian.scheduler.SchedulerService;
import com.atlassian.scheduler.SchedulerServiceException;
import com.atlassian.scheduler.config.JobConfig;
import com.atlassian.scheduler.config.JobId;
import com.atlassian.scheduler.config.JobRunnerKey;
import com.atlassian.scheduler.config.RunMode;
import java.time.Duration;
import java.util.List;
import org.junit.Test;
import org.mentoring.error.RuleViolationException;
import org.mentoring.host.ScheduledWork;
import org.mentoring.relationship.Proposal;
import org.mentoring.relationship.Relationship;
import org.mentoring.relationship.RelationshipStatus;
import org.mentoring.relationship.ProposalExpiryJob;
import org.mentoring.testing.MentoringFixture;
import org.mockito.ArgumentCaptor;

/** Proposal expiry inside Jira and Confluence: through the Atlassian Scheduler (a Mockito double), on the real database. */
public class AtlassianJobSchedulerTest {
    private final MentoringFixture f = new MentoringFixture();
    private final SchedulerService scheduler = mock(SchedulerService.class);
    private final ScheduledWork work = new ScheduledWork(new AtlassianJobScheduler(scheduler),
            List.of(new ProposalExpiryJob(f.relationships)));

    @Test
    public void whenThePluginStartsTheExpiryJobIsScheduledHourlyOncePerCluster() throws Exception {
        work.start();

        JobRunnerKey key = JobRunnerKey.of(ProposalExpiryJob.ID);
        verify(scheduler).registerJobRunner(eq(key), any(JobRunner.class));
        ArgumentCaptor<JobConfig> config = ArgumentCaptor.forClass(JobConfig.class);
        verify(scheduler).scheduleJob(eq(JobId.of(ProposalExpiryJob.ID)), config.capture());
        assertEquals(key, config.getValue().getJobRunnerKey());
        assertEquals(RunMode.RUN_ONCE_PER_CLUSTER, config.getValue().getRunMode());
        assertEquals(Duration.ofHours(1).toMillis(), config.getValue().getSchedule().getIntervalScheduleInfo().getIntervalInMillis());
        assertNull("first run as soon as possible: restarts never postpone it",
                config.getValue().getSchedule().getIntervalScheduleInfo().getFirstRunTime());
    }

    @Test
    public void whenThePluginStopsThisNodesRunnerGoesAndTheClustersScheduleStays() {
        work.start();
        work.stop();

        verify(scheduler).unregisterJobRunner(JobRunnerKey.of(ProposalExpiryJob.ID));
        verify(scheduler, never()).unscheduleJob(any());
    }

    @Test
    public void runningTheJobExpiresDueProposalsAndFreesThePair() {
        work.start();
        ArgumentCaptor<JobRunner> runner = ArgumentCaptor.forClass(JobRunner.class);
        verify(scheduler).registerJobRunner(any(), runner.capture());
        Relationship old = f.relationships.propose(MentoringFixture.MENTEE, proposal(MentoringFixture.MENTEE));
        f.clock.advance(Duration.ofDays(10));
        Relationship recent = f.relationships.propose(MentoringFixture.MENTEE2, proposal(MentoringFixture.MENTEE2));
        f.clock.advance(Duration.ofDays(5));
        assertThrows("while the proposal stands the pair cannot propose again", RuleViolationException.class,
                () -> f.relationships.propose(MentoringFixture.MENTEE, proposal(MentoringFixture.MENTEE)));

        JobRunnerResponse response = runner.getValue().runJob(mock(JobRunnerRequest.class));

        assertEquals("1 proposals expired", response.getMessage());
        assertEquals(RelationshipStatus.EXPIRED, f.relationships.get(MentoringFixture.MENTEE, old.id()).status());
        assertEquals(RelationshipStatus.PROPOSED, f.relationships.get(MentoringFixture.MENTEE2, recent.id()).status());
        assertEquals("the pair is free again", RelationshipStatus.PROPOSED,
                f.relationships.propose(MentoringFixture.MENTEE, proposal(MentoringFixture.MENTEE)).status());
        assertEquals("0 proposals expired", runner.getValue().runJob(mock(JobRunnerRequest.class)).getMessage());
    }

    @Test
    public void aSchedulerThatRefusesTheScheduleStillLeavesTheRunnerForOtherNodesSchedules() throws Exception {
        doThrow(new SchedulerServiceException("no")).when(scheduler).scheduleJob(any(), any());

        work.start();

        verify(scheduler).registerJobRunner(eq(JobRunnerKey.of(ProposalExpiryJob.ID)), any(JobRunner.class));
    }

    private static Proposal proposal(String mentee) {
        return new Proposal(MentoringFixture.MENTOR, mentee, "INFORMAL", null, null);
    }
}
