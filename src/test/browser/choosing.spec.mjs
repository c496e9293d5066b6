// Choosing a mentor in the browser: in a program where mentees choose, Tomáš sees the mentors ranked by fit with each
// score's terms, applies to two of them (one by keyboard alone); Mara reads his note and accepts; his application to
// Pam shows withdrawn, the mentorship is live, and Pam's Applications page says so too. Every state is audited (axe),
// the pages fit 390 px, and each action says what happened (headless Debian Chromium).
// Usage: node src/test/browser/choosing.spec.mjs <base-url>   (screenshots in target/screenshots/choosing/)
import assert from 'node:assert/strict';
import { Scenario, fitsWidth, settled } from './harness.mjs';

const scenario = new Scenario('choosing');
const base = scenario.base;
const api = (...call) => scenario.api(...call);
const ROOT = `${base}/plugins/servlet/mentoring`;

async function status(page) {
    return (await page.locator('#page-status').textContent()).trim();
}

// What the fit score reads: Mara teaches Kotlin and speaks English; Pam speaks English; Tomáš wants to grow in Kotlin.
await api('ada', 'POST', '/skills', { name: 'Kotlin' });
await api('mara', 'PUT', '/profiles/me', { offersMentoring: true, capacity: 2, languages: ['en'], hoursPerMonth: 4,
    mentors: [{ skill: 'Kotlin', level: 5 }] });
await api('pam', 'PUT', '/profiles/me', { offersMentoring: true, capacity: 2, languages: ['en'] });
await api('tomas', 'PUT', '/profiles/me', { seeksMentor: true, languages: ['en'], grows: [{ skill: 'Kotlin', level: 1 }] });
const created = await api('ada', 'POST', '/programs', { name: 'Pick your mentor', kind: 'ALWAYS_ON', autoApprove: true,
    matching: 'MENTEE_CHOOSES' });
const programId = created.id;
await api('ada', 'POST', `/programs/${programId}/open`, { version: created.version });
await api('mara', 'POST', `/programs/${programId}/enrolments`, { asMentor: true });
await api('pam', 'POST', `/programs/${programId}/enrolments`, { asMentor: true });
await api('tomas', 'POST', `/programs/${programId}/enrolments`, { asMentee: true });

await scenario.run(async () => {
    // Tomáš goes from the program page to "Choose a mentor": Mara first, her score explained term by term.
    const tomas = await scenario.person('tomas');
    await tomas.goto(`${ROOT}/program?id=${programId}`);
    await Promise.all([tomas.waitForNavigation(), tomas.click('#program-choose-link')]);
    await settled(tomas);
    assert.equal((await tomas.textContent('h1')).trim(), 'Choose a mentor');
    const order = await tomas.$$eval('[data-candidate]', items => items.map(i => i.getAttribute('data-candidate')));
    assert.deepEqual(order, ['u-mara', 'u-pam']);
    assert.match(await tomas.textContent('[data-candidate="u-mara"] .mentoring-terms-list'), /Skills you want to grow: 10\.0/);
    await scenario.audit(tomas, 'choose a mentor');
    await scenario.shot(tomas, 'candidates');

    // He applies to Mara with a note; the page says so and lists the application.
    await tomas.fill('[data-apply="u-mara"] textarea', 'I would like to learn Kotlin from you.');
    await Promise.all([tomas.waitForNavigation(), tomas.click('[data-apply="u-mara"] button[type="submit"]')]);
    assert.match(await status(tomas), /Your application was sent/);
    assert.equal(await tomas.locator('#choose-mine [data-application]').count(), 1);
    await scenario.audit(tomas, 'choose a mentor: applied');

    // And to Pam by keyboard alone.
    await tomas.focus('[data-apply="u-pam"] textarea');
    await tomas.keyboard.type('Happy to learn from you too.');
    await tomas.keyboard.press('Tab');
    await Promise.all([tomas.waitForNavigation(), tomas.keyboard.press('Enter')]);
    assert.match(await status(tomas), /Your application was sent/);
    assert.equal(await tomas.locator('#choose-mine [data-status="OPEN"]').count(), 2);

    // At 390 px the page fits a phone.
    await tomas.setViewportSize({ width: 390, height: 844 });
    await fitsWidth(tomas, 'choose a mentor at 390 px');
    await scenario.shot(tomas, 'candidates-390');
    await tomas.setViewportSize({ width: 1280, height: 900 });

    // Mara reads his note on her Applications page and accepts.
    const mara = await scenario.person('mara');
    await mara.goto(`${ROOT}/program?id=${programId}`);
    await Promise.all([mara.waitForNavigation(), mara.click('#program-applications-link')]);
    await settled(mara);
    assert.match(await mara.textContent('#applications-received'), /I would like to learn Kotlin from you\./);
    await scenario.audit(mara, 'applications');
    await Promise.all([mara.waitForNavigation(), mara.click('[data-accept]')]);
    assert.match(await status(mara), /your mentorship has started/);
    assert.equal(await mara.locator('#applications-received [data-status="ACCEPTED"]').count(), 1);
    await scenario.audit(mara, 'applications: accepted');
    await mara.setViewportSize({ width: 390, height: 844 });
    await fitsWidth(mara, 'applications at 390 px');
    await scenario.shot(mara, 'accepted-390');

    // Tomáš: the application to Pam is withdrawn (he is matched), the one to Mara accepted, the mentorship live.
    await tomas.goto(`${ROOT}/program-choose?id=${programId}`);
    await settled(tomas);
    const pamRow = tomas.locator('#choose-mine li', { hasText: 'Pam' });
    assert.equal(await pamRow.locator('[data-status="WITHDRAWN"]').count(), 1);
    assert.match(await pamRow.textContent(), /matched with someone else/);
    const maraRow = tomas.locator('#choose-mine li', { hasText: 'Mara' });
    assert.equal(await maraRow.locator('[data-status="ACCEPTED"]').count(), 1);
    await scenario.shot(tomas, 'matched');
    await Promise.all([tomas.waitForNavigation(), maraRow.locator('a').click()]);
    const relationshipId = Number(new URL(tomas.url()).searchParams.get('id'));
    const live = await api('tomas', 'GET', `/relationships/${relationshipId}`);
    assert.equal(live.status, 'ACTIVE');
    assert.equal(live.kind, 'FORMAL');
    assert.equal(live.mentor.key, 'u-mara');

    // Pam's Applications page shows Tomáš's application withdrawn, with nothing left to decide.
    const pam = await scenario.person('pam');
    await pam.goto(`${ROOT}/program-applications?id=${programId}`);
    await settled(pam);
    assert.equal(await pam.locator('#applications-received [data-status="WITHDRAWN"]').count(), 1);
    assert.equal(await pam.locator('[data-accept]').count(), 0);
    await scenario.audit(pam, 'applications: withdrawn');

    // A refusal is shown where the action was: Pam (a mentor here) reads why she does not choose on the choose page.
    await pam.goto(`${ROOT}/program-choose?id=${programId}`);
    assert.match(await pam.textContent('#choose-refused'), /approved mentees choose/);
    await scenario.audit(pam, 'choose a mentor: not a mentee');
});
