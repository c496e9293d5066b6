package org.mentoring.people;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;
import static org.mentoring.testing.MentoringFixture.ADMIN;
import static org.mentoring.testing.MentoringFixture.INACTIVE;
import static org.mentoring.testing.MentoringFixture.MANAGER;
import static org.mentoring.testing.MentoringFixture.MENTEE;
import static org.mentoring.testing.MentoringFixture.MENTEE2;
import static org.mentoring.testing.MentoringFixture.MENTOR;
import static org.mentoring.testing.MentoringFixture.OUTSIDER;

import java.util.List;
import java.util.Locale;
import org.junit.Before;
import org.junit.Test;
import org.mentoring.error.NotFoundException;
import org.mentoring.paging.Page;
import org.mentoring.paging.PageRequest;
import org.mentoring.people.ProfileInput.SkillLevelInput;
import org.mentoring.relationship.Move;
import org.mentoring.relationship.MoveRequest;
import org.mentoring.relationship.Proposal;
import org.mentoring.testing.MentoringFixture;

/** The mentor directory on a real database: filters, ranking by fit, paging, full mentors. */
public class MentorDirectoryStoreTest {
    private MentoringFixture f;

    @Before
    public void setUp() {
        f = new MentoringFixture();
        f.skills.create(ADMIN, new SkillInput("Kotlin", "Languages", List.of("kt")));
        f.skills.create(ADMIN, new SkillInput("API design", null, List.of("REST design")));
        f.skills.create(ADMIN, new SkillInput("Leadership", null, List.of()));
        // Mara: Kotlin 5 and API design 4, Czech and English, Prague, 8 h
        mentor(MENTOR, List.of(new SkillLevelInput("Kotlin", 5), new SkillLevelInput("API design", 4)), List.of("cs", "en"),
                "Europe/Prague", 8);
        // Pam: Kotlin 3, English, New York (6 hours from Berlin), 2 h: 6 + 1 + 0.2 beats Olga's 3 + 2 + 0.4
        mentor(MANAGER, List.of(new SkillLevelInput("Kotlin", 3)), List.of("en"), "America/New_York", 2);
        // Olga: leadership only, Czech, Prague
        mentor(OUTSIDER, List.of(new SkillLevelInput("Leadership", 5)), List.of("cs"), "Europe/Prague", 4);
        // Tomáš wants Kotlin and API design, speaks Czech, lives in Prague
        f.profiles.save(MENTEE, MENTEE, new ProfileInput(false, true, List.of(), List.of(new SkillLevelInput("kt", 1),
                new SkillLevelInput("REST design", 1)), List.of("cs"), "Europe/Berlin", null, null, null, false, null));
    }

    private void mentor(String key, List<SkillLevelInput> skills, List<String> languages, String zone, int hours) {
        f.profiles.save(key, key, ProfileServiceStoreTest.mentorProfile(skills, languages, zone, hours));
    }

    private Page<MentorMatch> search(String viewer, DirectoryFilter filter) {
        return f.directory.search(viewer, filter, PageRequest.first(10));
    }

    private static List<String> keys(Page<MentorMatch> page) {
        return page.values().stream().map(MentorMatch::userKey).toList();
    }

    @Test
    public void mentorsAreRankedByFitWithWhatTheViewerWantsToGrow() {
        Page<MentorMatch> found = search(MENTEE, DirectoryFilter.none());
        assertEquals(List.of(MENTOR, MANAGER, OUTSIDER), keys(found));
        MentorMatch mara = found.values().get(0);
        // skills 10×5/5 + 10×4/5 = 18; Czech 3; same zone 2; 8 h → 0.8
        assertEquals(23.8, mara.fit().total(), 0.001);
        assertEquals(List.of("skills", "language", "timeZone", "availability"),
                mara.fit().terms().stream().map(FitScore.Term::name).toList());
        assertEquals("mentors in Kotlin and API design; speaks Czech; same time zone; 8 hours a month",
                new MentorViews(f.skills, f.users).views(found, Locale.ENGLISH).get(0).reason());
        assertFalse("the viewer is not listed as their own mentor", keys(search(MENTOR, DirectoryFilter.none())).contains(MENTOR));
    }

    @Test
    public void filtersNarrowBySkillSynonymLanguageTimeZoneAndName() {
        assertEquals(List.of(MENTOR, MANAGER), keys(search(MENTEE2, new DirectoryFilter(List.of("KT"), null, false, null, null, null))));
        assertEquals(List.of(MENTOR), keys(search(MENTEE2, new DirectoryFilter(List.of("rest design"), null, false, null, null, null))));
        assertEquals(List.of(), keys(search(MENTEE2, new DirectoryFilter(List.of("Cobol"), null, false, null, null, null))));
        assertEquals(List.of(MENTOR, OUTSIDER), keys(search(MENTEE2, new DirectoryFilter(List.of(), "cs", false, null, null, null))));
        assertEquals(List.of(MANAGER), keys(search(MENTEE2, new DirectoryFilter(List.of(), null, false, null, -6 * 60, -4 * 60))));
        assertEquals(List.of(OUTSIDER), keys(search(MENTEE2, new DirectoryFilter(List.of(), null, false, "olga", null, null))));
        assertEquals(List.of(), keys(search(MENTEE2, new DirectoryFilter(List.of(), null, false, "nobody", null, null))));
    }

    @Test
    public void aMentorAtCapacityIsShownAsFullOrLeftOutWhenRoomIsWanted() {
        f.profiles.save(OUTSIDER, OUTSIDER, new ProfileInput(true, false, List.of(new SkillLevelInput("Leadership", 5)), List.of(),
                List.of("cs"), "Europe/Prague", 4, 1, null, false, null));
        var r = f.relationships.propose(MENTEE2, new Proposal(OUTSIDER, MENTEE2, "INFORMAL", null, null));
        f.relationships.move(OUTSIDER, r.id(), Move.ACCEPT, MoveRequest.none());
        MentorMatch olga = search(MENTEE, DirectoryFilter.none()).values().stream()
                .filter(m -> m.userKey().equals(OUTSIDER)).findFirst().orElseThrow();
        assertFalse(olga.load().hasRoom());
        assertEquals(1, olga.load().active());
        assertEquals(List.of(MENTOR, MANAGER), keys(search(MENTEE, new DirectoryFilter(List.of(), null, true, null, null, null))));
    }

    @Test
    public void hiddenAndNonMentoringProfilesStayOut() {
        f.profiles.save(MANAGER, MANAGER, new ProfileInput(true, false, List.of(new SkillLevelInput("Kotlin", 2)), List.of(),
                List.of("en"), null, 2, null, null, false, false));
        f.profiles.save(OUTSIDER, OUTSIDER, new ProfileInput(false, true, null, null, null, null, null, null, null, null, true));
        assertEquals(List.of(MENTOR), keys(search(MENTEE, DirectoryFilter.none())));
    }

    @Test
    public void pagesAreSlicesOfOneRanking() {
        Page<MentorMatch> first = f.directory.search(MENTEE, DirectoryFilter.none(), new PageRequest(0, 2));
        Page<MentorMatch> second = f.directory.search(MENTEE, DirectoryFilter.none(), new PageRequest(2, 2));
        assertEquals(3, first.total());
        assertEquals(List.of(MENTOR, MANAGER), keys(first));
        assertEquals(List.of(OUTSIDER), keys(second));
        assertTrue(second.isLast());
    }

    @Test
    public void onlyPeopleWhoMayUseMentoringSearch() {
        assertThrows(NotFoundException.class, () -> search(INACTIVE, DirectoryFilter.none()));
        assertThrows(NotFoundException.class, () -> search(null, DirectoryFilter.none()));
    }
}
