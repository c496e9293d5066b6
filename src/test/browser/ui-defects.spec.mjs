// The defects found walking through the pages as new users (issue 14), each checked where a person meets it, and
// "progress at a glance" on My mentoring (headless Debian Chromium). Every assertion names the defect it covers.
// The data is set up through the API; the browser only looks and does what a person would.
// Usage: node src/test/browser/ui-defects.spec.mjs <base-url>   (screenshots in target/screenshots/ui-defects/)
import assert from 'node:assert/strict';
import { Scenario, settled } from './harness.mjs';

const scenario = new Scenario('ui-defects');
const base = scenario.base;
const api = (...call) => scenario.api(...call);
const person = who => scenario.person(who);
const shot = (page, label) => scenario.shot(page, label);
const pages = `${base}/plugins/servlet/mentoring`;
const today = new Date().toISOString().slice(0, 10);

// Mara mentors three people: Tomáš (nothing waits for her there), Zoë (a goal to agree to and a blind round to answer),
// and Pam, who has just asked her (a proposal to answer).
const withTomas = await api('tomas', 'POST', '/relationships', { mentorKey: 'u-mara', menteeKey: 'u-tomas' });
await api('mara', 'POST', `/relationships/${withTomas.id}/accept`);
await api('mara', 'PUT', `/relationships/${withTomas.id}/agreement`, { objectives: 'Lead design reviews', cadence: 'WEEKLY' });
const withZoe = await api('zoe', 'POST', '/relationships', { mentorKey: 'u-mara', menteeKey: 'u-zoe' });
await api('mara', 'POST', `/relationships/${withZoe.id}/accept`);
await api('zoe', 'POST', '/goals', { relationshipId: withZoe.id, title: 'Speak at a meetup', successCriteria: 'One talk', targetDate: '2027-06-01' });
await api('zoe', 'POST', '/feedback/rounds', { relationshipId: withZoe.id, days: 7 });
const fromPam = await api('pam', 'POST', '/relationships', { mentorKey: 'u-mara', menteeKey: 'u-pam' });

const transitions = page => page.$$eval('.mentoring-transition', b => b.map(x => x.textContent.trim()));
const attention = page => page.$$eval('tr[data-needs-attention]', rows => rows.map(r => Number(r.getAttribute('data-relationship'))).sort());

await scenario.run(async () => {
    const warnings = [];
    const mara = await person('mara');
    const tomas = await person('tomas');
    for (const [who, page] of [['mara', mara], ['tomas', tomas]]) {
        page.on('console', m => { if (/populateParameters/i.test(m.text())) warnings.push(`${who}: ${m.text()}`); });
    }

    // --- Progress at a glance: a mentor with several mentees sees who needs her, and why.
    await mara.goto(`${pages}/my`);
    assert.deepEqual(await attention(mara), [withZoe.id, fromPam.id].sort(), 'Zoë and Pam need Mara; Tomáš does not');
    assert.match(await mara.textContent('#attention-summary'), /2 of your mentorships need your attention/);
    const zoeRow = mara.locator(`tr[data-relationship="${withZoe.id}"]`);
    assert.match(await zoeRow.locator('.mentoring-glance-waits').textContent(), /A goal to agree to.*Your feedback in a blind round/s);
    assert.match(await zoeRow.locator('.mentoring-glance-goals').textContent(), /1 open · 0% on average/);
    assert.match(await mara.locator(`tr[data-relationship="${fromPam.id}"] .mentoring-glance-waits`).textContent(), /A proposal to answer/);
    assert.match(await mara.locator(`tr[data-relationship="${withTomas.id}"] .mentoring-glance-waits`).textContent(), /Nothing/);
    await shot(mara, 'my-mentoring-at-a-glance');
    await tomas.goto(`${pages}/my`);
    assert.match(await tomas.textContent(`tr[data-relationship="${withTomas.id}"] .mentoring-glance-waits`), /The agreement to accept/);

    // --- Propose: a duplicate proposal's refusal links to the existing mentorship.
    await tomas.click('#propose-open');
    await tomas.fill('#propose-person', 'mar');
    await tomas.click('#propose-suggestions li[data-key="u-mara"]');
    await tomas.click('#propose-submit');
    await tomas.waitForSelector('#propose-existing');
    assert.match(await tomas.getAttribute('#propose-existing', 'href'), new RegExp(`relationship\\?id=${withTomas.id}$`),
        'defect "Propose: a duplicate proposal\'s refusal does not link to the existing proposal"');
    await shot(tomas, 'duplicate-proposal-links-to-the-existing-one');

    // --- A goal of Tomáš's, which Mara agrees to and signs off.
    const goal = await api('tomas', 'POST', '/goals', {
        relationshipId: withTomas.id, title: 'Lead a design review', successCriteria: 'Two reviews led', targetDate: '2027-03-01',
        competencies: 'API design, Leadership',
    });
    const goalUrl = `${pages}/goal?id=${goal.id}`;
    const told = (await api('mara', 'GET', '/notifications')).values.map(n => n.message).join('\n');
    assert.match(told, /proposed the goal "Lead a design review".*open it to agree to it/,
        'defect "the other member\'s notification does not ask them to agree"');
    await tomas.goto(goalUrl);
    assert.match(await tomas.textContent('#goal-draft-note'), /draft until Mara Okafor agrees to it/,
        'defect "a draft goal does not tell its owner that the other member must agree it"');
    assert.equal(await tomas.inputValue('#goal-edit-competencies'), 'API design, Leadership',
        'defect "competencies are silently lower-cased"');
    await api('mara', 'POST', `/goals/${goal.id}/transitions`, { id: 11 });
    await api('tomas', 'POST', `/goals/${goal.id}/transitions`, { id: 21 });

    await tomas.goto(goalUrl);
    // Defect "Enter in New milestone discards the text": Enter adds it, like the button.
    for (const title of ['Draft the agenda', 'Run the review']) {
        await tomas.fill('#milestone-title', title);
        await Promise.all([tomas.waitForNavigation(), tomas.press('#milestone-title', 'Enter')]);
    }
    assert.deepEqual(await tomas.$$eval('#milestones li', li => li.map(x => x.textContent.trim())), ['Draft the agenda', 'Run the review']);
    // Defect "ticking milestones never moves % done, and nothing says how progress is computed".
    await Promise.all([tomas.waitForNavigation(), tomas.check('.mentoring-milestone >> nth=0')]);
    assert.match(await tomas.textContent('#goal-progress'), /50% done/);
    assert.match(await tomas.textContent('#milestones-done'), /1 of 2 done/);
    assert.match(await tomas.textContent('#goal-progress-how'), /ticking milestones/);
    // Defect "check-in visibility offers program managers on an informal pair".
    assert.deepEqual(await tomas.$$eval('#checkin-visibility option', o => o.map(x => x.value)), ['PAIR', 'PRIVATE']);
    // Defect "Forms: required fields only checked by the server": an empty link is caught in the page, nothing is sent.
    let evidenceCalls = 0;
    tomas.on('request', r => { if (r.url().endsWith(`/goals/${goal.id}/evidence`)) evidenceCalls += 1; });
    await tomas.click('#evidence-add');
    assert.equal(await tomas.textContent('#evidence-form .error[data-field="ref"]'), 'This field is required.');
    assert.equal(evidenceCalls, 0, 'no request for a form with a required field left empty');
    // Defect "evidence cannot be added: the Evidence heading has no form".
    await tomas.fill('#evidence-ref', 'https://example.org/review-notes');
    await tomas.fill('#evidence-label', 'Review notes');
    await Promise.all([tomas.waitForNavigation(), tomas.click('#evidence-add')]);
    assert.equal(await tomas.getAttribute('#evidence a', 'href'), 'https://example.org/review-notes');
    assert.equal(await tomas.textContent('#evidence a'), 'Review notes');
    await shot(tomas, 'goal-milestones-progress-evidence');

    // Defect "the owner is offered More work needed on her own goal".
    await api('tomas', 'POST', `/goals/${goal.id}/transitions`, { id: 31 });
    await tomas.goto(goalUrl);
    assert.deepEqual(await transitions(tomas), ['Drop'], 'only the other member signs off or sends back');
    // Defect "the required comment of More work needed is stored but shown nowhere": goal page, board, relationship page.
    await api('mara', 'POST', `/goals/${goal.id}/transitions`, { id: 42, comment: 'Invite two more reviewers.' });
    await tomas.goto(goalUrl);
    assert.match(await tomas.textContent('#goal-sent-back'), /More work needed, said Mara Okafor.*Invite two more reviewers\./s);
    await tomas.goto(`${pages}/goals?relationship=${withTomas.id}`);
    assert.match(await tomas.textContent(`.mentoring-card[data-goal="${goal.id}"]`), /More work needed:\s*Invite two more reviewers\./);
    // The session log's agenda: the open goals and what the last session left open.
    await api('mara', 'POST', '/sessions', { relationshipId: withTomas.id, heldOn: today, sharedNotes: 'Kick-off',
        actionItems: [{ text: 'Book a room for the review', ownerKey: 'u-tomas' }] });
    const relationshipUrl = `${pages}/relationship?id=${withTomas.id}`;
    await tomas.goto(relationshipUrl);
    await settled(tomas);
    assert.match(await tomas.textContent(`#section-goals li[data-goal="${goal.id}"]`), /More work needed:\s*Invite two more reviewers\./);
    assert.match(await tomas.textContent('#agenda-goals'), /Lead a design review/);
    assert.match(await tomas.textContent('#session-agenda'), new RegExp(`from the last session \\(${today}\\) still open:\\s*Book a room for the review`));
    // Defect "Feedback: Who can read it offers one option": an informal pair has nothing to choose.
    assert.equal(await tomas.locator('select#feedback-visibility').count(), 0);
    assert.match(await tomas.textContent('#feedback-visibility-fixed'), /Only the two of you/);
    await shot(tomas, 'relationship-sent-back-agenda-feedback');

    // Defect "the goals summary is wrong after a goal is achieved (1 open · 0 achieved … and 1 more open goals)".
    await api('tomas', 'POST', `/goals/${goal.id}/transitions`, { id: 31 });
    await api('mara', 'POST', `/goals/${goal.id}/transitions`, { id: 41 });
    await tomas.goto(relationshipUrl);
    await settled(tomas);
    assert.match(await tomas.textContent('#goals-open'), /^0 open/);
    assert.match(await tomas.textContent('#goals-achieved'), /1 achieved/);
    assert.doesNotMatch(await tomas.textContent('#section-goals'), /more open goal/);

    // Defect "Keep in touch: no confirmation after the move; the page then says nothing for you to do".
    await api('mara', 'POST', `/relationships/${withTomas.id}/complete`, {});
    await tomas.goto(relationshipUrl);
    await Promise.all([tomas.waitForNavigation(), tomas.click('.mentoring-move[data-move="keep-in-touch"]')]);
    assert.match(await tomas.textContent('#keep-in-touch-state'), /You chose to keep in touch\. When Mara Okafor chooses it too/);
    assert.equal(await tomas.locator('#no-actions').count(), 0);
    await shot(tomas, 'kept-in-touch');

    // Defect "Routing: unknown URLs show a raw server 404": the app's own page, with its header and the way home.
    const nowhere = await tomas.goto(`${pages}/no-such-page`);
    assert.equal(nowhere.status(), 404);
    assert.match(await tomas.textContent('#not-found'), /There is nothing at this address/);
    // Defect "the header title is not a link home".
    await Promise.all([tomas.waitForNavigation(), tomas.click('#app-home')]);
    assert.match(tomas.url(), /\/plugins\/servlet\/mentoring\/my$/);

    // Defect "Settings: a program manager opening the settings URL is told Mentorship not found".
    const pam = await person('pam');
    const refused = await pam.goto(`${pages}/admin`);
    assert.equal(refused.status(), 404);
    assert.doesNotMatch(await pam.textContent('#not-found'), /Mentorship not found/);
    assert.match(await pam.textContent('#not-found'), /settings are for administrators/);
    // Defect "Settings: a dead end, no way back".
    const ada = await person('ada');
    await ada.goto(`${pages}/admin`);
    await Promise.all([ada.waitForNavigation(), ada.click('#settings-back')]);
    assert.match(ada.url(), /\/plugins\/servlet\/mentoring\/my$/);

    // Defect "Sign-in: a wrong password clears the user name".
    const stranger = await (await scenario.browser.newContext()).newPage();
    await stranger.goto(`${base}/login`);
    await stranger.fill('#username', 'tomas');
    await stranger.fill('#password', 'not-his-password');
    await Promise.all([stranger.waitForNavigation(), stranger.click('#signin')]);
    assert.match(await stranger.textContent('#signin-error'), /Wrong user name or password/);
    assert.equal(await stranger.inputValue('#username'), 'tomas');

    // Defect "Every page: AUI logs a PopulateParameters deprecation warning".
    assert.deepEqual(warnings, [], 'no populateParameters deprecation warning on any page');
});
