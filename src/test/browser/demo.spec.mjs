// The README's demo as a person meets it: Pam's running cohort (seeded by DemoData with the cohort's people). The
// program's pages and its dashboard in every state the demo shows them, audited with axe-core (zero violations of any
// impact) and 390 px wide, and the dashboard's funnel with the figures the demo is meant to show.
// Usage: node src/test/browser/demo.spec.mjs <base-url of a host seeded with the demo and its cohort>
import assert from 'node:assert/strict';
import { Scenario, fitsWidth, settled } from './harness.mjs';

const scenario = new Scenario('demo');
const base = scenario.base;
const ROOT = `${base}/plugins/servlet/mentoring`;
const programs = await scenario.api('pam', 'GET', '/programs');
assert.equal(programs.values.length, 1, 'the demo has one program, Pam\'s cohort');
const cohort = programs.values[0];
assert.equal(cohort.status, 'RUNNING');

async function open(page, url) {
    const response = await page.goto(url);
    await settled(page);
    await page.waitForLoadState('networkidle');
    return response;
}

const cell = (page, section, group) => page.locator(`#dashboard-${section} tr[data-group="${group}"] td`).innerText();

await scenario.run(async () => {
    const pam = await scenario.person('pam');
    await open(pam, `${ROOT}/programs`);
    await scenario.audit(pam, 'demo: programs (the cohort\'s manager)');
    await open(pam, `${ROOT}/program?id=${cohort.id}`);
    assert.equal(await pam.locator('#program-dashboard-link').count(), 1);
    await scenario.audit(pam, 'demo: the running cohort (its manager: a pending enrolment, the published run)');
    await scenario.shot(pam, 'program-manager');
    await open(pam, `${ROOT}/program-dashboard?id=${cohort.id}`);
    await scenario.audit(pam, 'demo: the cohort\'s dashboard');
    await scenario.shot(pam, 'dashboard');
    // A believable funnel: 19 enrolled (4 mentors, 15 mentees), 16 approved, 6 matched; 3 proposals waiting, 3 unmatched.
    assert.equal(await cell(pam, 'funnel', 'ENROLLED'), '19');
    assert.equal(await cell(pam, 'funnel', 'APPROVED'), '16');
    assert.equal(await cell(pam, 'funnel', 'MATCHED'), '6');
    assert.equal(await cell(pam, 'matching', 'WAITING'), '3');
    assert.equal(await cell(pam, 'matching', 'UNMATCHED'), '3');
    assert.equal(await cell(pam, 'relationships', 'ACTIVE'), '6');
    assert.equal(await cell(pam, 'enrolments', 'PENDING'), '3');
    // The mentoring-program macro's HTML, as the standalone host serves it: the same figures.
    const figures = await pam.evaluate(async url => (await fetch(url)).text(), `${ROOT}/program-figures?id=${cohort.id}`);
    assert.match(figures, new RegExp(`id="program-${cohort.id}-funnel"`));
    assert.match(figures, /<svg[^>]*aria-label="Enrolment funnel: Enrolled 19, Approved 16, Matched 6"/);

    // A matched mentee, a mentee still unmatched and one waiting for approval: the program page says where each stands.
    for (const [name, state] of [['ana', 'a matched mentee'], ['nina', 'an enrolment waiting for approval']]) {
        const person = await scenario.person(name);
        await open(person, `${ROOT}/program?id=${cohort.id}`);
        assert.equal(await person.locator('#program-dashboard-link').count(), 0, `no dashboard for ${name}`);
        assert.equal((await person.request.get(`${ROOT}/program-figures?id=${cohort.id}`)).status(), 404, `no figures for ${name}`);
        await scenario.audit(person, `demo: the running cohort (${state})`);
        await open(person, `${ROOT}/my`);
        await scenario.audit(person, `demo: My mentoring (${state})`);
    }

    const ada = await scenario.person('ada');
    await open(ada, `${ROOT}/program?id=${cohort.id}`);
    await scenario.audit(ada, 'demo: the running cohort (an administrator)');

    // On a phone.
    const phone = await (await scenario.browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true,
        deviceScaleFactor: 2, storageState: await pam.context().storageState() })).newPage();
    for (const [label, url] of [['program', `${ROOT}/program?id=${cohort.id}`], ['dashboard', `${ROOT}/program-dashboard?id=${cohort.id}`]]) {
        await open(phone, url);
        await fitsWidth(phone, `demo ${label} at 390 px`);
        await scenario.audit(phone, `demo: ${label} at 390 px`);
        await scenario.shot(phone, `390px-${label}`);
    }
});
