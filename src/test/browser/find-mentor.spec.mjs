// A mentee finds a mentor by skill and proposes: Zoë searches "Find a mentor" for a synonym of a skill, sees why
// each mentor fits and that a full one cannot be proposed to, and proposes to the best fit through the existing
// proposal dialog, which opens with the mentor filled in (headless Debian Chromium).
// Usage: node src/test/browser/find-mentor.spec.mjs <base-url>   (screenshots in target/screenshots/find-mentor/)
import assert from 'node:assert/strict';
import { Scenario } from './harness.mjs';

const scenario = new Scenario('find-mentor');
const base = scenario.base;
const api = (...call) => scenario.api(...call);

// The catalogue and the profiles (set up through the API; the browser part is finding and proposing).
await api('ada', 'POST', '/skills', { name: 'Public speaking', synonyms: ['Presenting', 'Conference talks'] });
await api('ada', 'POST', '/skills', { name: 'Leadership' });
await api('pam', 'PUT', '/profiles/me', { offersMentoring: true, mentors: [{ skill: 'Public speaking', level: 5 }],
    languages: ['en', 'de'], timeZone: 'Europe/Berlin', hoursPerMonth: 4 });
await api('ada', 'PUT', '/profiles/me', { offersMentoring: true, mentors: [{ skill: 'Public speaking', level: 2 },
    { skill: 'Leadership', level: 5 }], languages: ['en'], timeZone: 'America/New_York', hoursPerMonth: 2 });
// Mara mentors in public speaking too, but her one slot is taken.
await api('mara', 'PUT', '/profiles/me', { offersMentoring: true, mentors: [{ skill: 'Public speaking', level: 4 }],
    languages: ['en'], capacity: 1 });
const taken = await api('tomas', 'POST', '/relationships', { mentorKey: 'u-mara', menteeKey: 'u-tomas' });
await api('mara', 'POST', `/relationships/${taken.id}/accept`);
await api('zoe', 'PUT', '/profiles/me', { seeksMentor: true, grows: [{ skill: 'Public speaking', level: 1 }],
    languages: ['sv', 'en'], timeZone: 'Europe/Stockholm' });

await scenario.run(async () => {
    const zoe = await scenario.person('zoe');

    // From My mentoring to the directory, searching by a synonym.
    await zoe.click('#find-mentor');
    await zoe.waitForSelector('#mentor-filters');
    await zoe.fill('#filter-skill', 'presenting');
    await Promise.all([zoe.waitForNavigation(), zoe.click('#filter-submit')]);
    const mentors = await zoe.$$eval('.mentoring-mentor', items => items.map(li => li.getAttribute('data-mentor')));
    assert.deepEqual(mentors, ['u-pam', 'u-mara', 'u-ada'], 'best fit first');
    const pam = zoe.locator('[data-mentor="u-pam"]');
    assert.equal((await pam.locator('.mentoring-reason').textContent()).trim(),
        'mentors in Public speaking; speaks English; same time zone; 4 hours a month');
    assert.equal(await zoe.locator('[data-mentor="u-mara"] .mentoring-full').count(), 1, 'Mara is shown as full');
    assert.equal(await zoe.locator('[data-mentor="u-mara"] .mentoring-propose').count(), 0, 'and cannot be proposed to');
    await scenario.shot(zoe, 'directory');

    // Only mentors with room: Mara leaves the list.
    await zoe.click('label[for="filter-room"]');
    assert.ok(await zoe.isChecked('#filter-room'));
    await Promise.all([zoe.waitForNavigation(), zoe.click('#filter-submit')]);
    assert.equal(await zoe.locator('[data-mentor="u-mara"]').count(), 0);

    // Propose to Pam: the existing dialog opens with her filled in.
    await Promise.all([zoe.waitForNavigation(), pam.locator('.mentoring-propose').click()]);
    await zoe.waitForSelector('#propose-dialog', { state: 'visible' });
    assert.equal(await zoe.inputValue('#propose-person'), 'Pam Adeyemi');
    assert.equal(await zoe.inputValue('#propose-person-key'), 'u-pam');
    await zoe.fill('#propose-note', 'Would you help me prepare my first conference talk?');
    await scenario.shot(zoe, 'propose');
    await Promise.all([zoe.waitForNavigation(), zoe.click('#propose-submit')]);
    assert.match(zoe.url(), /\/plugins\/servlet\/mentoring\/relationship\?id=\d+/);

    // Pam has the proposal, with Zoë as mentee.
    const proposals = await api('pam', 'GET', '/relationships?status=PROPOSED&role=MENTOR');
    assert.equal(proposals.values.length, 1);
    assert.equal(proposals.values[0].mentee.key, 'u-zoe');
    await scenario.shot(zoe, 'proposed');
});
