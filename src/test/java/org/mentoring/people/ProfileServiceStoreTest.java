package org.mentoring.people;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;
import static org.mentoring.testing.MentoringFixture.ADMIN;
import static org.mentoring.testing.MentoringFixture.INACTIVE;
import static org.mentoring.testing.MentoringFixture.MENTEE;
import static org.mentoring.testing.MentoringFixture.MENTOR;
import static org.mentoring.testing.MentoringFixture.OUTSIDER;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.Before;
import org.junit.Test;
import org.mentoring.error.DomainException;
import org.mentoring.error.ForbiddenException;
import org.mentoring.error.NotFoundException;
import org.mentoring.error.Problem;
import org.mentoring.error.ValidationException;
import org.mentoring.paging.PageRequest;
import org.mentoring.people.ProfileInput.SkillLevelInput;
import org.mentoring.testing.MentoringFixture;

/** Profiles and the skills catalogue on a real database (HSQLDB, or PostgreSQL with -Ppostgres). */
public class ProfileServiceStoreTest {
    private MentoringFixture f;
    private Skill kotlin;
    private Skill api;

    @Before
    public void setUp() {
        f = new MentoringFixture();
        kotlin = f.skills.create(ADMIN, new SkillInput("Kotlin", "Languages", List.of("kt", "Kotlin/JVM")));
        api = f.skills.create(ADMIN, new SkillInput("API design", "Architecture", List.of("REST design")));
    }

    static ProfileInput mentorProfile(List<SkillLevelInput> mentors, List<String> languages, String zone, Integer hours) {
        return new ProfileInput(true, false, mentors, List.of(), languages, zone, hours, null, "I like helping.", false, null);
    }

    private static Set<String> fields(DomainException e) {
        return e.problems().stream().map(Problem::field).collect(Collectors.toSet());
    }

    @Test
    public void aProfileRoundTripsWithSkillsBySynonymLanguagesAndZone() {
        f.profiles.save(MENTOR, MENTOR, new ProfileInput(true, true, List.of(new SkillLevelInput("KT", 5),
                new SkillLevelInput("rest design", 3)), List.of(new SkillLevelInput("Kotlin", 2)), List.of("cs", "EN"),
                "Europe/Prague", 6, 4, "Bio — ž ✓", true, null));
        Profile p = f.profiles.get(MENTEE, MENTOR);
        assertEquals(Map.of((long) kotlin.id(), 5, (long) api.id(), 3), p.mentors());
        assertEquals(List.of((long) kotlin.id(), (long) api.id()), List.copyOf(p.mentors().keySet()));
        assertEquals(Map.of((long) kotlin.id(), 2), p.grows());
        assertEquals(List.of("cs", "en"), p.languages());
        assertEquals("Europe/Prague", p.timeZone());
        assertEquals(Integer.valueOf(60), p.utcOffsetMinutes());
        assertEquals("Bio — ž ✓", p.bio());
        assertTrue(p.reverseMentoring());
        assertTrue("offering to mentor, default visibility: listed", p.inDirectory());
        assertEquals("the capacity is the mentor capacity", 4, f.capacity.of(MENTOR));
    }

    @Test
    public void everyBadFieldIsNamedAndNothingIsWritten() {
        ValidationException e = assertThrows(ValidationException.class, () -> f.profiles.save(MENTOR, MENTOR,
                new ProfileInput(true, false, List.of(new SkillLevelInput("Cobol", 3), new SkillLevelInput("Kotlin", 9)),
                        List.of(new SkillLevelInput(" ", 1)), List.of("cs", "xx"), "Mars/Olympus", 500, 99,
                        "x".repeat(2001), false, null)));
        assertEquals(Set.of("mentors[0].skill", "mentors[1].level", "grows[0].skill", "languages[1]", "timeZone",
                "hoursPerMonth", "capacity", "bio"), fields(e));
        assertFalse(f.profiles.get(MENTOR, MENTOR).exists());
        assertEquals(3, f.capacity.of(MENTOR));
        assertEquals("no free tag was made", 2, f.skills.list(PageRequest.first(10), true).total());
    }

    @Test
    public void freeTagsOnlyWhereAdministratorsAllowThem() {
        ProfileInput withTag = mentorProfile(List.of(new SkillLevelInput("Gardening", 4)), List.of(), null, null);
        assertEquals(Set.of("mentors[0].skill"), fields(assertThrows(ValidationException.class,
                () -> f.profiles.save(MENTOR, MENTOR, withTag))));
        f.peopleSettings.setFreeTags(true);
        Profile p = f.profiles.save(MENTOR, MENTOR, withTag);
        Skill tag = f.skills.byIds(p.mentors().keySet()).values().iterator().next();
        assertEquals("Gardening", tag.name());
        assertTrue(tag.freeTag());
        assertEquals("tags stay out of the catalogue list", 2, f.skills.list(PageRequest.first(10), false).total());
        // a second person using the same tag shares it
        Profile other = f.profiles.save(MENTEE, MENTEE, mentorProfile(List.of(new SkillLevelInput("gardening", 2)), List.of(), null, null));
        assertEquals(p.mentors().keySet(), other.mentors().keySet());
    }

    @Test
    public void aHiddenProfileIsSeenByItsOwnerAndAdministratorsOnly() {
        f.profiles.save(MENTOR, MENTOR, new ProfileInput(true, false, List.of(), List.of(), List.of(), null, null, null, null,
                false, false));
        assertThrows(NotFoundException.class, () -> f.profiles.get(MENTEE, MENTOR));
        assertThrows(NotFoundException.class, () -> f.profiles.get(null, MENTOR));
        assertFalse(f.profiles.get(MENTOR, MENTOR).inDirectory());
        assertFalse(f.profiles.get(ADMIN, MENTOR).visible());
        // seeking a mentor only: hidden by default; choosing to appear shows it
        f.profiles.save(MENTEE, MENTEE, new ProfileInput(false, true, null, null, null, null, null, null, null, null, null));
        assertThrows(NotFoundException.class, () -> f.profiles.get(OUTSIDER, MENTEE));
        f.profiles.save(MENTEE, MENTEE, new ProfileInput(false, true, null, null, null, null, null, null, null, null, true));
        assertTrue(f.profiles.get(OUTSIDER, MENTEE).visible());
        assertFalse("only mentors are in the directory", f.profiles.get(OUTSIDER, MENTEE).inDirectory());
    }

    @Test
    public void onlyTheOwnerOrAnAdministratorWritesAProfile() {
        f.profiles.save(MENTOR, MENTOR, mentorProfile(List.of(), List.of(), null, null));
        assertThrows(ForbiddenException.class, () -> f.profiles.save(MENTEE, MENTOR, mentorProfile(List.of(), List.of(), null, 1)));
        assertNull(f.profiles.get(MENTOR, MENTOR).hoursPerMonth());
        f.profiles.save(ADMIN, MENTOR, mentorProfile(List.of(), List.of(), null, 3));
        assertEquals(Integer.valueOf(3), f.profiles.get(MENTOR, MENTOR).hoursPerMonth());
        assertThrows(NotFoundException.class, () -> f.profiles.save(MENTOR, "u-nobody", ProfileInput.none()));
        assertThrows("an inactive person cannot use mentoring", NotFoundException.class, () -> f.profiles.get(INACTIVE, MENTOR));
    }

    @Test
    public void theCatalogueRefusesATermThatNamesAnotherSkill() {
        ValidationException e = assertThrows(ValidationException.class,
                () -> f.skills.create(ADMIN, new SkillInput("Kotlin/JVM", null, List.of("api DESIGN"))));
        assertEquals(Set.of("name", "synonyms"), fields(e));
        assertThrows(ForbiddenException.class, () -> f.skills.create(MENTOR, new SkillInput("Rust", null, List.of())));
        Skill renamed = f.skills.update(ADMIN, kotlin.id(), new SkillInput("Kotlin", "JVM", List.of("kt")));
        assertEquals(List.of("kt"), renamed.synonyms());
        assertEquals(Map.of("kt", (long) kotlin.id()), f.skills.resolve(List.of("KT", "Kotlin/JVM")));
        f.skills.delete(ADMIN, api.id());
        assertEquals(1, f.skills.list(PageRequest.first(10), true).total());
    }

    @Test
    public void aDeletedSkillLeavesProfilesWhenTheyAreRead() {
        f.profiles.save(MENTOR, MENTOR, mentorProfile(List.of(new SkillLevelInput("Kotlin", 4), new SkillLevelInput("API design", 2)),
                List.of(), null, null));
        f.skills.delete(ADMIN, api.id());
        ProfileViews views = new ProfileViews(f.skills, f.capacity, f.users);
        assertEquals(List.of("Kotlin"), views.view(f.profiles.get(MENTOR, MENTOR), true).mentors().stream()
                .map(ProfileViews.SkillLevelView::name).toList());
    }
}
