// A program run by its people in the browser: Ada creates a program and appoints Pam; Pam opens enrolment (a stale
// click is refused with its reason); Tomáš and Zoë enrol as mentees (by keyboard) and Mara as mentor; Pam approves
// them; pairs are proposed and accepted; the dashboard shows the program's aggregates, with small groups withheld, at
// desktop width and at 390 px (headless Debian Chromium).
// Usage: node src/test/browser/program.spec.mjs <base-url>   (screenshots in target/screenshots/program/)
//
// Matching runs on its page: Pam runs it, pins Zoë to Mara by keyboard, runs again and publishes; both members of each
// pair accept their proposal (the mentee on the relationship page, then Mara).
import assert from 'node:assert/strict';
import { Scenario } from './harness.mjs';

const scenario = new Scenario('program');
const base = scenario.base;
const api = (...call) => scenario.api(...call);

async function status(page) {
    return (await page.locator('#page-status').textContent()).trim();
}

// What matching reads: the people's mentoring profiles.
await api('mara', 'PUT', '/profiles/me', { offersMentoring: true, capacity: 2, languages: ['en'], hoursPerMonth: 4 });
await api('tomas', 'PUT', '/profiles/me', { seeksMentor: true, languages: ['en'] });
await api('zoe', 'PUT', '/profiles/me', { seeksMentor: true, languages: ['en'] });

await scenario.run(async () => {
    // Ada creates the program from the Programs page.
    const ada = await scenario.person('ada');
    await ada.goto(`${base}/plugins/servlet/mentoring/programs`);
    await ada.fill('#program-name', 'Spring cohort');
    await ada.fill('#program-description', 'Six months of mentoring for new engineers.');
    await ada.fill('#program-objectives', 'Ship a first feature; know who to ask.');
    await ada.selectOption('#program-kind', 'ALWAYS_ON');
    await ada.selectOption('#program-cadence', 'EVERY_TWO_WEEKS');
    // A missing name is refused with the field named, and nothing is created.
    await ada.fill('#program-name', '');
    await ada.$eval('#program-name', el => el.removeAttribute('required'));
    await ada.click('#program-create-submit');
    await ada.waitForSelector('#program-create-form .error[data-field="name"]:not(:empty)');
    await ada.fill('#program-name', 'Spring cohort');
    await Promise.all([ada.waitForNavigation(), ada.click('#program-create-submit')]);
    assert.match(ada.url(), /\/program\?id=\d+&done=created/);
    const programId = Number(new URL(ada.url()).searchParams.get('id'));
    assert.match(await status(ada), /created as a draft/);
    assert.equal((await ada.textContent('#program-status')).trim(), 'Draft');

    // Ada appoints Pam as its manager (by user name).
    await ada.fill('#program-appoint-user', 'pam');
    await Promise.all([ada.waitForNavigation(), ada.click('#program-appoint')]);
    assert.match(await status(ada), /manager was appointed/);
    assert.equal(await ada.locator('[data-manager="u-pam"]').count(), 1);
    await scenario.shot(ada, 'draft');

    // Pam opens enrolment; Ada's page still shows the draft, and her click is refused with the reason.
    const pam = await scenario.person('pam');
    await pam.goto(`${base}/plugins/servlet/mentoring/program?id=${programId}`);
    await Promise.all([pam.waitForNavigation(), pam.click('#program-move-open')]);
    assert.match(await status(pam), /open for enrolment/);
    await ada.click('#program-move-open');
    const refusal = ada.locator('#program-move-form .mentoring-form-errors .aui-message-error');
    await refusal.waitFor();
    assert.ok((await refusal.textContent()).trim().length > 0, 'the refusal says why');
    await scenario.shot(ada, 'refused');

    // Everyone finds it on the Programs page; Tomáš enrols by keyboard alone.
    const tomas = await scenario.person('tomas');
    await tomas.goto(`${base}/plugins/servlet/mentoring/programs`);
    await Promise.all([tomas.waitForNavigation(), tomas.click(`[data-program="${programId}"] .mentoring-program-name`)]);
    assert.equal(await tomas.locator('#program-lifecycle').count(), 0, 'no lifecycle for a participant');
    assert.equal(await tomas.locator('#program-dashboard-link').count(), 0, 'no dashboard for a participant');
    await tomas.focus('#enrol-mentee');
    await tomas.keyboard.press('Space');
    await tomas.focus('#program-enrol');
    await Promise.all([tomas.waitForNavigation(), tomas.keyboard.press('Enter')]);
    assert.match(await status(tomas), /You are enrolled/);
    assert.match(await tomas.textContent('#program-my-enrolment'), /program manager will review/);
    for (const [who, role] of [['zoe', '#enrol-mentee'], ['mara', '#enrol-mentor']]) {
        const page = await scenario.person(who);
        await page.goto(`${base}/plugins/servlet/mentoring/program?id=${programId}`);
        await page.click(`label[for="${role.slice(1)}"]`);
        assert.ok(await page.isChecked(role));
        await Promise.all([page.waitForNavigation(), page.click('#program-enrol')]);
        assert.match(await status(page), /You are enrolled/);
    }

    // Pam approves the three; the page says so each time.
    await pam.goto(`${base}/plugins/servlet/mentoring/program?id=${programId}`);
    for (const key of ['u-tomas', 'u-zoe', 'u-mara']) {
        await Promise.all([pam.waitForNavigation(), pam.click(`[data-decide="approve"][data-user="${key}"]`)]);
        assert.match(await status(pam), /enrolment was approved/);
    }
    assert.match(await pam.textContent('#program-pending'), /No enrolment is waiting/);
    await Promise.all([pam.waitForNavigation(), pam.click('#program-move-start')]);
    assert.match(await status(pam), /program is running/);
    await scenario.shot(pam, 'running');

    // Matching, on its page (from the program page): a run, a pin, a second run, publishing; each action says what it did.
    await Promise.all([pam.waitForNavigation(), pam.click('#program-matching-link')]);
    assert.match(await pam.textContent('#matching-norun'), /Nobody has run matching/);
    await scenario.shot(pam, 'matching-no-run');
    await Promise.all([pam.waitForNavigation(), pam.click('#matching-run')]);
    assert.match(await status(pam), /Matching ran/);
    const rows = async () => pam.$$eval('.mentoring-matching-pairs tbody tr',
        trs => trs.map(tr => [tr.dataset.mentee, tr.dataset.mentor, !!tr.querySelector('.aui-lozenge-current')]).sort());
    assert.equal((await rows()).length, 2);
    // Each score is explained by its named terms, as in the directory.
    assert.match(await pam.textContent('[data-mentee="u-zoe"] .mentoring-terms'), /language: \d/);
    // Another pair by user name: someone who is not a mentee of the program is refused by the field.
    await pam.fill('#matching-rule-mentee', 'pam');
    await pam.fill('#matching-rule-mentor', 'mara');
    await pam.click('#matching-rule-submit');
    await pam.waitForSelector('#matching-rule-form .error[data-field="menteeKey"]:not(:empty)');
    assert.match(await pam.textContent('#matching-rule-form .error[data-field="menteeKey"]'), /not an approved mentee/);
    // Pam pins Zoë to Mara by keyboard alone, then runs again.
    await pam.focus('[data-mentee="u-zoe"][data-mentor="u-mara"] [data-rule="PIN"]');
    await Promise.all([pam.waitForNavigation(), pam.keyboard.press('Enter')]);
    assert.match(await status(pam), /The pair is pinned/);
    assert.match(await pam.textContent('#matching-rules'), /Zoë Lindqvist is pinned with Mara Okafor/);
    await Promise.all([pam.waitForNavigation(), pam.click('#matching-run')]);
    assert.match(await status(pam), /Matching ran/);
    assert.deepEqual(await rows(), [['u-tomas', 'u-mara', false], ['u-zoe', 'u-mara', true]]);
    assert.match(await pam.textContent('#matching-summary'), /2 mentees matched, 0 left unmatched/);
    await scenario.shot(pam, 'matching-run');
    await Promise.all([pam.waitForNavigation(), pam.click('#matching-publish')]);
    assert.match(await status(pam), /Published: 2 pairs were proposed/);
    assert.equal(await pam.locator('#matching-publish').count(), 0, 'a run is published once');
    assert.equal(await pam.locator('.mentoring-matching-pairs a[href*="relationship?id="]').count(), 2);
    await scenario.shot(pam, 'matching-published');

    // Both members of each pair accept: the mentee first (it stays proposed), then Mara (it starts).
    for (const mentee of ['tomas', 'zoe']) {
        const proposal = (await api(mentee, 'GET', '/relationships?status=PROPOSED')).values[0];
        const page = await scenario.person(mentee);
        await page.goto(`${base}/plugins/servlet/mentoring/relationship?id=${proposal.id}`);
        assert.match(await page.textContent('#program-proposal'), /starts when both you and Mara Okafor accept/);
        await Promise.all([page.waitForNavigation(), page.click('.mentoring-move[data-move="accept"]')]);
        assert.match(await page.textContent('#program-proposal'), /You accepted/);
        assert.equal((await api(mentee, 'GET', `/relationships/${proposal.id}`)).status, 'PROPOSED');
        await api('mara', 'POST', `/relationships/${proposal.id}/accept`, {});
        assert.equal((await api(mentee, 'GET', `/relationships/${proposal.id}`)).status, 'ACTIVE');
    }

    // The dashboard: counts, small groups withheld, nothing of the pairs' content; Tomáš may not see it.
    await Promise.all([pam.waitForNavigation(), pam.click('.aui-nav-breadcrumbs a[href*="program?id="]')]);
    await Promise.all([pam.waitForNavigation(), pam.click('#program-dashboard-link')]);
    assert.equal(await pam.locator('#dashboard-matching-link').count(), 1, 'the dashboard leads to matching too');
    const funnel = await pam.$$eval('#dashboard-funnel tbody tr', rows => rows.map(r => [r.dataset.group, r.querySelector('td').textContent.trim()]));
    assert.deepEqual(funnel, [['ENROLLED', '3'], ['APPROVED', '3'], ['MATCHED', 'fewer than 3']]);
    assert.equal(await pam.locator('#dashboard-relationships svg[role="img"]').count(), 1, 'a chart drawn on the server');
    assert.match(await pam.getAttribute('#dashboard-relationships svg', 'aria-label'), /Relationships by status: Proposed 0, Active fewer than 3/);
    await scenario.shot(pam, 'dashboard');
    const denied = await tomas.goto(`${base}/plugins/servlet/mentoring/program-dashboard?id=${programId}`);
    assert.equal(denied.status(), 404);
    const noMatching = await tomas.goto(`${base}/plugins/servlet/mentoring/program-matching?id=${programId}`);
    assert.equal(noMatching.status(), 404, 'the matching page is the managers\' alone');

    // At 390 px the dashboard and the program page fit the screen.
    await pam.setViewportSize({ width: 390, height: 844 });
    for (const path of [`program-dashboard?id=${programId}`, `program-matching?id=${programId}`, `program?id=${programId}`, 'programs']) {
        await pam.goto(`${base}/plugins/servlet/mentoring/${path}`);
        const overflow = await pam.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        assert.ok(overflow <= 1, `${path} is ${overflow}px wider than a 390px screen`);
    }
    await pam.goto(`${base}/plugins/servlet/mentoring/program-dashboard?id=${programId}`);
    await scenario.shot(pam, 'dashboard-390');
});
