// Every page and state of the app, audited for accessibility with axe-core (zero violations of any impact), then
// every page on a phone 390 px wide: nothing sticks out sideways, screenshots in target/screenshots/every-page/.
// Also takes the README's screenshots (target/screenshots/readme/; copied to docs/screenshots/ when
// MENTORING_README_SCREENSHOTS=1). A new page or state joins with one line: await audit(page, 'what it shows').
// Usage: node src/test/browser/every-page.spec.mjs <base-url> [<signed unsubscribe link>]
import assert from 'node:assert/strict';
import { copyFileSync, mkdirSync, rmSync } from 'node:fs';
import { Scenario, fitsWidth, settled } from './harness.mjs';

const scenario = new Scenario('every-page');
const base = scenario.base;
const unsubscribeLink = process.argv[3];
const api = (...call) => scenario.api(...call);
const audit = (page, state) => scenario.audit(page, state);
const ROOT = `${base}/plugins/servlet/mentoring`;
const today = new Date().toISOString().slice(0, 10);

// Tomáš and Mara: an active mentorship with an agreement, goals in several states, a session and feedback.
const pair = await api('tomas', 'POST', '/relationships', { mentorKey: 'u-mara', menteeKey: 'u-tomas', note: 'Would you mentor me on design reviews?' });
await api('mara', 'POST', `/relationships/${pair.id}/accept`);
const accepted = await api('mara', 'GET', `/relationships/${pair.id}`);
await api('mara', 'PUT', `/relationships/${pair.id}/agreement`, { objectives: 'Lead two design reviews; learn to delegate.', cadence: 'EVERY_TWO_WEEKS', channel: 'Video call', version: accepted.version });
const draft = await api('tomas', 'POST', '/goals', { relationshipId: pair.id, title: 'Write a design review checklist' });
const started = await api('tomas', 'POST', '/goals', { relationshipId: pair.id, title: 'Lead the payments design review', successCriteria: 'Review held; notes shared', targetDate: '2030-06-01' });
await api('mara', 'POST', `/goals/${started.id}/transitions`, { id: 11 });
await api('tomas', 'POST', `/goals/${started.id}/transitions`, { id: 21 });
await api('tomas', 'POST', `/goals/${started.id}/milestones`, { title: 'Draft the agenda' });
await api('tomas', 'POST', `/goals/${started.id}/check-ins`, { progress: 30, note: 'Agenda drafted' });
await api('tomas', 'POST', `/goals/${started.id}/evidence`, { kind: 'URL', ref: 'https://example.org/agenda', label: 'The agenda' });
await api('mara', 'POST', '/sessions', { relationshipId: pair.id, heldOn: today, durationMinutes: 45, topics: 'Design reviews', sharedNotes: 'Planned the review.', privateNote: 'Ask about workload.', actionItems: [{ text: 'Book the room', ownerKey: 'u-tomas' }] });
await api('mara', 'POST', '/feedback', { relationshipId: pair.id, kind: 'STRENGTH', text: 'You listened well in the review.', ratings: [{ competency: 'Facilitation', score: 4 }] });
await api('tomas', 'POST', '/feedback/rounds', { relationshipId: pair.id, days: 7 });
// Zoë asks Mara too: a proposal waiting for Mara.
const proposal = await api('zoe', 'POST', '/relationships', { mentorKey: 'u-mara', menteeKey: 'u-zoe' });
// Tomáš asks Mara for an introduction; she introduces Zoë, who accepts: the introductions section and My network.
const ask = await api('tomas', 'POST', '/introductions', { relationshipId: pair.id, wantedText: 'Kubernetes in production', purpose: 'Running our first cluster.' });
const introduced = await api('mara', 'POST', `/introductions/${ask.id}/introduce`, { introducedKey: 'u-zoe', note: 'Zoë ran ours for two years.', version: ask.version });
await api('zoe', 'POST', `/introductions/${ask.id}/accept`, { version: introduced.version });
// A program (Ada's): the Programs page, the program and its dashboard.
const program = await api('ada', 'POST', '/programs', { name: 'Spring cohort', description: 'Six months of mentoring for new engineers.', kind: 'ALWAYS_ON' });
// A program where mentees choose: Tomáš applied to Pam with a note (Mara and he are paired already).
const choosing = await api('ada', 'POST', '/programs', { name: 'Pick your mentor', kind: 'ALWAYS_ON', autoApprove: true, matching: 'MENTEE_CHOOSES' });
await api('ada', 'POST', `/programs/${choosing.id}/open`, { version: choosing.version });
await api('pam', 'POST', `/programs/${choosing.id}/enrolments`, { asMentor: true });
await api('mara', 'POST', `/programs/${choosing.id}/enrolments`, { asMentor: true });
await api('tomas', 'POST', `/programs/${choosing.id}/enrolments`, { asMentee: true });
await api('tomas', 'POST', `/programs/${choosing.id}/applications`, { chooserKey: 'u-pam', note: 'Could you help me grow as a lead?' });

const relationshipUrl = id => `${ROOT}/relationship?id=${id}`;
const pages = {
    myMentoring: `${ROOT}/my`,
    relationship: relationshipUrl(pair.id),
    proposal: relationshipUrl(proposal.id),
    board: `${ROOT}/goals?relationship=${pair.id}`,
    draftGoal: `${ROOT}/goal?id=${draft.id}`,
    startedGoal: `${ROOT}/goal?id=${started.id}`,
    findMentor: `${ROOT}/mentors`,
    settings: `${ROOT}/admin`,
    network: `${ROOT}/network`,
    programs: `${ROOT}/programs`,
    program: `${ROOT}/program?id=${program.id}`,
    choosingProgram: `${ROOT}/program?id=${choosing.id}`,
    programDashboard: `${ROOT}/program-dashboard?id=${program.id}`,
    choose: `${ROOT}/program-choose?id=${choosing.id}`,
    applications: `${ROOT}/program-applications?id=${choosing.id}`,
    preferences: `${ROOT}/preferences`,
    myData: `${ROOT}/me/export`,
    privacy: `${ROOT}/admin/privacy`,
    auditLog: `${ROOT}/admin/audit`,
    people: `${ROOT}/admin/people`,
};

async function open(page, url) {
    const response = await page.goto(url);
    await settled(page);
    return response;
}

await scenario.run(async () => {
    // Signing in, and a wrong password.
    const anonymous = await (await scenario.browser.newContext()).newPage();
    await anonymous.goto(`${base}/login`);
    await audit(anonymous, 'sign in');
    await anonymous.fill('#username', 'tomas');
    await anonymous.fill('#password', 'wrong');
    await Promise.all([anonymous.waitForNavigation(), anonymous.click('#signin')]);
    await anonymous.waitForSelector('#signin-error');
    await audit(anonymous, 'sign in: wrong password');
    await anonymous.goto(`${base}/no/such/page`);
    await audit(anonymous, 'an unknown address');
    if (unsubscribeLink) {
        await anonymous.goto(unsubscribeLink);
        await audit(anonymous, 'unsubscribe from a mail: the question');
        await Promise.all([anonymous.waitForNavigation(), anonymous.click('#unsubscribe-confirm')]);
        await anonymous.waitForSelector('#unsubscribed');
        await audit(anonymous, 'unsubscribed from a mail');
    }

    // Pam has no mentorship yet.
    const pam = await scenario.person('pam');
    await audit(pam, 'my mentoring: first use');
    await open(pam, pages.findMentor);
    await audit(pam, 'find a mentor');
    await open(pam, `${pages.findMentor}?tzFrom=x`);
    await audit(pam, 'find a mentor: a filter refused');
    await open(pam, `${pages.findMentor}?skill=underwater+basket+weaving`);
    await audit(pam, 'find a mentor: nobody found');

    // The propose dialog, its person picker and its errors.
    await open(pam, pages.myMentoring);
    await pam.click('#propose-open');
    await pam.waitForSelector('#propose-dialog', { state: 'visible' });
    assert.equal(await pam.getAttribute('#propose-dialog', 'aria-hidden'), null, 'an open dialog is not hidden from screen readers');
    await audit(pam, 'propose dialog');
    await pam.click('#propose-submit');
    await pam.waitForSelector('#propose-dialog .error[data-field="person"]:not(:empty)');
    await audit(pam, 'propose dialog: no person chosen');
    await pam.fill('#propose-person', 'o');
    await pam.waitForSelector('#propose-suggestions [role="option"]');
    await pam.keyboard.press('ArrowDown');
    await audit(pam, 'propose dialog: people suggested');
    await pam.keyboard.press('Escape');
    await pam.keyboard.press('Escape');
    await pam.waitForSelector('#propose-dialog', { state: 'hidden' });

    // Mara: what's new, a proposal waiting for her, the mentorship in full.
    const mara = await scenario.person('mara');
    await mara.waitForSelector('#notifications-list li');
    await audit(mara, 'my mentoring: relationships and what is new');
    await open(mara, pages.proposal);
    await audit(mara, 'relationship: a proposal waiting for me');
    await mara.click('.mentoring-move[data-move="decline"]');
    await mara.waitForSelector('#move-dialog', { state: 'visible' });
    await audit(mara, 'relationship: a move asking for a note (dialog)');
    await mara.keyboard.press('Escape');
    await mara.waitForSelector('#move-dialog', { state: 'hidden' });

    await open(mara, pages.relationship);
    await audit(mara, 'relationship: active, agreement, sessions, feedback, round open');
    await mara.click('#agreement-edit');
    await mara.fill('#agreement-objectives-input', '');
    await mara.click('#agreement-save');
    await mara.waitForSelector('#agreement-form .error[data-field="objectives"]:not(:empty)');
    await audit(mara, 'relationship: agreement refused');
    await mara.click('#session-log-open');
    await mara.fill('#session-next', '2000-01-01');
    await mara.click('#session-submit');
    await mara.waitForSelector('#session-form .error[data-field="nextMeetingOn"]:not(:empty)');
    await audit(mara, 'relationship: session log refused');
    await mara.click('#session-cancel');
    await mara.locator('.mentoring-session').first().locator('.mentoring-session-edit').click();
    await mara.locator('.mentoring-session').first().locator('.mentoring-note-edit').click();
    await audit(mara, 'relationship: session and private note being edited');
    await open(mara, pages.relationship);
    await mara.click('#feedback-submit');
    await mara.waitForSelector('#feedback-form .error[data-field="text"]:not(:empty)');
    await audit(mara, 'relationship: feedback refused');

    // Goals: the board, a draft goal, a goal in progress with its forms.
    await open(mara, pages.board);
    await audit(mara, 'goal board');
    await mara.click('#goal-create-submit');
    await mara.waitForSelector('#goal-create .error[data-field="title"]:not(:empty)');
    await audit(mara, 'goal board: a goal refused');
    await open(mara, pages.draftGoal);
    await audit(mara, 'goal: draft, for the other member');
    await mara.locator('.mentoring-transition', { hasText: 'Agree' }).click();
    await mara.waitForSelector('.error[data-field="successCriteria"]:not(:empty)');
    await audit(mara, 'goal: agreeing refused');
    const tomas = await scenario.person('tomas');
    await open(tomas, pages.startedGoal);
    await audit(tomas, 'goal: in progress, with milestones, check-ins and evidence');
    await tomas.locator('.mentoring-transition', { hasText: 'Drop' }).click();
    await tomas.waitForSelector('#transition-form', { state: 'visible' });
    await audit(tomas, 'goal: a transition asking for a reason');
    await tomas.click('#transition-submit');
    await tomas.waitForSelector('#transition-form .error:not(:empty)');
    await audit(tomas, 'goal: a transition refused');
    await open(tomas, `${ROOT}/goals?relationship=${proposal.id}`);
    await audit(tomas, 'not found (a goal board he may not see)');

    // Introductions, My network, notification preferences and one's own data.
    await open(tomas, pages.relationship);
    await tomas.waitForSelector('#section-introductions .mentoring-introduction');
    await audit(tomas, 'relationship: introductions');
    await open(tomas, pages.network);
    await audit(tomas, 'my network');
    await open(tomas, pages.preferences);
    await audit(tomas, 'notification preferences');
    await tomas.click('#preferences-save');
    await tomas.waitForSelector('#preferences-saved', { state: 'visible' });
    await audit(tomas, 'notification preferences: saved');
    await open(tomas, pages.myData);
    await audit(tomas, 'your data');
    await open(tomas, pages.choose);
    await audit(tomas, 'choose a mentor: ranked, one application open');
    await open(pam, pages.applications);
    await audit(pam, 'applications: one to accept or decline');
    await open(pam, pages.choose);
    await audit(pam, 'choose a mentor: not a mentee here');

    // The settings, for an administrator.
    const ada = await scenario.person('ada');
    await open(ada, pages.settings);
    await audit(ada, 'settings');
    await ada.click('#scope-save');
    await ada.waitForSelector('#admin-saved', { state: 'visible' });
    await audit(ada, 'settings: saved');
    await ada.click('#reminders-save');
    await ada.waitForSelector('#reminders-saved', { state: 'visible' });
    await audit(ada, 'settings: reminder timings saved');
    await open(ada, pages.people);
    await audit(ada, 'people (administration)');
    await open(ada, pages.privacy);
    await audit(ada, 'privacy (administration)');
    await open(ada, pages.auditLog);
    await audit(ada, 'audit log');
    await open(ada, pages.programs);
    await audit(ada, 'programs');
    await open(ada, pages.program);
    await audit(ada, 'a program');
    await open(ada, pages.programDashboard);
    await audit(ada, 'a program dashboard');
    // Where mentees choose, the program's page sets how many open applications one person may have: by keyboard, a
    // refusal next to the field, then saved and said.
    await open(ada, pages.choosingProgram);
    assert.equal(await ada.inputValue('#program-max-applications'), '3');
    await ada.focus('#program-max-applications');
    await ada.keyboard.press('Control+A');
    await ada.keyboard.type('25');
    await ada.$eval('#program-max-applications', el => el.removeAttribute('max'));
    await ada.keyboard.press('Enter');
    await ada.waitForSelector('#program-limit-form .error[data-field="maxApplications"]:not(:empty)');
    await audit(ada, 'a program: the applications limit refused');
    await ada.focus('#program-max-applications');
    await ada.keyboard.press('Control+A');
    await ada.keyboard.type('5');
    await Promise.all([ada.waitForNavigation(), ada.keyboard.press('Enter')]);
    assert.match(await ada.textContent('#page-status'), /limit of open applications per person was saved/);
    assert.equal(await ada.inputValue('#program-max-applications'), '5');
    await audit(ada, 'a program: the applications limit saved');
    // Manager matching (an open program of Ada's: Zoë mentors one; Tomáš and Mara seek one, and Mara may not have Zoë,
    // who proposed to her already): no run yet, a run with a pair and someone unmatched, published.
    const cohort = await api('ada', 'POST', '/programs', { name: 'Matching cohort', kind: 'ALWAYS_ON', autoApprove: true });
    await api('ada', 'POST', `/programs/${cohort.id}/open`, { version: cohort.version });
    await api('zoe', 'POST', `/programs/${cohort.id}/enrolments`, { asMentor: true, asMentee: false, capacity: 1, answers: [] });
    for (const mentee of ['tomas', 'mara']) {
        await api(mentee, 'POST', `/programs/${cohort.id}/enrolments`, { asMentor: false, asMentee: true, answers: [] });
    }
    pages.programMatching = `${ROOT}/program-matching?id=${cohort.id}`;
    await open(ada, pages.programMatching);
    await audit(ada, 'program matching: no run yet');
    await Promise.all([ada.waitForNavigation(), ada.click('#matching-run')]);
    await settled(ada);
    assert.equal(await ada.locator('.mentoring-matching-pairs tbody tr').count(), 1);
    assert.equal(await ada.locator('#matching-unmatched tbody tr').count(), 1);
    await audit(ada, 'program matching: a run with pairs and unmatched');
    await Promise.all([ada.waitForNavigation(), ada.click('#matching-publish')]);
    await settled(ada);
    await ada.waitForSelector('#matching-published');
    await audit(ada, 'program matching: published');
    const matched = (await api('tomas', 'GET', '/relationships?status=PROPOSED')).values.find(r => r.programId === cohort.id);
    await open(tomas, relationshipUrl(matched.id));
    await tomas.waitForSelector('#program-proposal');
    await audit(tomas, "relationship: a program's proposal, for both members to accept");
    await api('tomas', 'POST', `/relationships/${matched.id}/accept`, {});
    await open(ada, pages.programMatching);
    assert.equal(await ada.getAttribute('.mentoring-matching-standing', 'data-outcome'), 'WAITING_FOR_MENTOR');
    await audit(ada, 'program matching: published, one member accepted');
    await ada.goto(`${base}/logout`);
    await audit(ada, 'sign out');

    // Phones: every page 390 px wide, as the people who see them.
    const phone = async who => {
        const context = await scenario.browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true,
            deviceScaleFactor: 2, storageState: await who.context().storageState() });
        return context.newPage();
    };
    const onPhone = [
        [mara, 'my-mentoring', pages.myMentoring], [mara, 'relationship', pages.relationship], [mara, 'proposal', pages.proposal],
        [mara, 'goal-board', pages.board], [tomas, 'goal', pages.startedGoal], [pam, 'find-mentor', pages.findMentor],
        [pam, 'my-mentoring-first-use', pages.myMentoring], [ada, 'settings', pages.settings], [tomas, 'not-found', relationshipUrl(proposal.id)],
        [tomas, 'network', pages.network], [tomas, 'preferences', pages.preferences], [tomas, 'your-data', pages.myData],
        [ada, 'people', pages.people], [ada, 'privacy', pages.privacy], [ada, 'audit-log', pages.auditLog],
        [ada, 'programs', pages.programs], [ada, 'program', pages.program], [ada, 'program-dashboard', pages.programDashboard],
        [ada, 'program-where-mentees-choose', pages.choosingProgram], [tomas, 'choose-a-mentor', pages.choose], [pam, 'applications', pages.applications],
        [ada, 'program-matching', pages.programMatching],
    ];
    const phones = new Map();
    for (const [who, label, url] of onPhone) {
        if (!phones.has(who)) {
            phones.set(who, await phone(who));
        }
        const page = phones.get(who);
        await open(page, url);
        await fitsWidth(page, `${label} at 390 px`);
        await audit(page, `${label} at 390 px`);
        await scenario.shot(page, `390px-${label}`);
    }
    const signIn = await (await scenario.browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true })).newPage();
    await signIn.goto(`${base}/login`);
    await fitsWidth(signIn, 'sign in at 390 px');
    await scenario.shot(signIn, '390px-sign-in');
    await signIn.goto(`${base}/no/such/page`);
    await fitsWidth(signIn, 'an unknown address at 390 px');
    if (unsubscribeLink) {
        await signIn.goto(unsubscribeLink);
        await fitsWidth(signIn, 'unsubscribe at 390 px');
        await scenario.shot(signIn, '390px-unsubscribe');
    }
    const propose = phones.get(mara);
    await open(propose, pages.myMentoring);
    await propose.click('#propose-open');
    await propose.waitForSelector('#propose-dialog', { state: 'visible' });
    await fitsWidth(propose, 'propose dialog at 390 px');
    await scenario.shot(propose, '390px-propose-dialog');

    // The README's screenshots: the app as it is, on a desktop and on a phone.
    const readme = 'target/screenshots/readme';
    rmSync(readme, { recursive: true, force: true });
    mkdirSync(readme, { recursive: true });
    const desktopShots = [['my-mentoring', pages.myMentoring], ['relationship', pages.relationship], ['goal-board', pages.board]];
    for (const [label, url] of desktopShots) {
        await open(mara, url);
        await mara.screenshot({ path: `${readme}/${label}.png` });
    }
    await open(tomas, pages.startedGoal);
    await tomas.screenshot({ path: `${readme}/goal.png` });
    await open(propose, pages.relationship);
    await propose.screenshot({ path: `${readme}/relationship-390px.png` });
    await open(propose, pages.board);
    await propose.screenshot({ path: `${readme}/goal-board-390px.png` });
    if (process.env.MENTORING_README_SCREENSHOTS) {
        mkdirSync('docs/screenshots', { recursive: true });
        for (const name of ['my-mentoring', 'relationship', 'goal-board', 'goal', 'relationship-390px', 'goal-board-390px']) {
            copyFileSync(`${readme}/${name}.png`, `docs/screenshots/${name}.png`);
        }
    }
});
