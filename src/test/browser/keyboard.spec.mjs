// A mentorship with the keyboard alone (headless Debian Chromium; no mouse event is sent): Tomáš signs in, proposes to
// Mara through the person picker (arrow keys, Enter), Mara accepts and writes the agreement, Tomáš accepts it and
// creates a goal, Mara agrees to it, Tomáš starts it, Mara logs a session, Tomáš gives feedback. Moving around is Tab
// and Shift+Tab, as a person would; typing an address is a navigation. Also: a dialog takes the focus when it opens,
// Escape closes it and the focus goes back to the button that opened it.
// Usage: node src/test/browser/keyboard.spec.mjs <base-url>   (screenshots in target/screenshots/keyboard/)
import assert from 'node:assert/strict';
import { Scenario, settled } from './harness.mjs';

const scenario = new Scenario('keyboard');
const base = scenario.base;
const ROOT = `${base}/plugins/servlet/mentoring`;

const focused = page => page.evaluate(() => {
    const e = document.activeElement;
    return e ? (e.id ? '#' + e.id : e.tagName.toLowerCase()) : null;
});

/** Presses Tab (or {@code key}) until the element {@code selector} has the focus, as a keyboard user moves. */
async function tabTo(page, selector, key = 'Tab') {
    for (let presses = 0; presses < 250; presses++) {
        if (await page.evaluate(s => !!document.activeElement && document.activeElement.matches(s), selector)) {
            return;
        }
        await page.keyboard.press(key);
    }
    throw new Error(`${key} never reached ${selector} on ${page.url()} (the focus is on ${await focused(page)})`);
}

/** Enter on what has the focus, when it reloads or leaves the page. */
async function enterAndWait(page) {
    await Promise.all([page.waitForNavigation(), page.keyboard.press('Enter')]);
    await settled(page);
}

async function signIn(name) {
    const page = await (await scenario.browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
    page.setDefaultTimeout(90000);
    scenario.pages.push([name, page]);
    page.on('pageerror', e => scenario.problems.push(`${name}: ${e.message}`));
    page.on('response', r => { if (r.url().includes('/rest/') && r.status() >= 500) scenario.problems.push(`${name}: ${r.status()} ${r.url()}`); });
    await page.goto(`${base}/login`);
    await tabTo(page, '#username');
    await page.keyboard.type(name);
    await page.keyboard.press('Tab');
    await page.keyboard.type(name);
    await enterAndWait(page);
    assert.match(await page.textContent('h1'), /My mentoring/);
    return page;
}

await scenario.run(async () => {
    const tomas = await signIn('tomas');
    const mara = await signIn('mara');

    // The dialog takes the focus; Escape closes it and gives the focus back.
    await tabTo(tomas, '#propose-open');
    await tomas.keyboard.press('Enter');
    await tomas.waitForSelector('#propose-dialog', { state: 'visible' });
    assert.equal(await focused(tomas), '#propose-person', 'the dialog takes the focus');
    assert.equal(await tomas.getAttribute('#propose-dialog', 'aria-hidden'), null);
    await tomas.keyboard.press('Escape');
    await tomas.waitForSelector('#propose-dialog', { state: 'hidden' });
    assert.equal(await focused(tomas), '#propose-open', 'closing the dialog gives the focus back to its button');

    // Tomáš proposes: the person picker by arrow keys and Enter.
    await tomas.keyboard.press('Enter');
    await tomas.waitForSelector('#propose-dialog', { state: 'visible' });
    await tomas.keyboard.type('o');
    await tomas.waitForSelector('#propose-suggestions [role="option"]');
    assert.equal(await tomas.getAttribute('#propose-person', 'aria-expanded'), 'true');
    const names = await tomas.$$eval('#propose-suggestions [role="option"]', options => options.map(o => o.textContent));
    const mara1 = names.findIndex(n => n.startsWith('Mara Okafor'));
    assert.ok(mara1 >= 0, `Mara is suggested: ${names}`);
    for (let i = 0; i <= mara1; i++) {
        await tomas.keyboard.press('ArrowDown');
    }
    const active = await tomas.getAttribute('#propose-person', 'aria-activedescendant');
    assert.match(await tomas.textContent(`#${active}`), /Mara Okafor/, 'the arrow keys move through the suggestions');
    assert.equal(await tomas.getAttribute(`#${active}`, 'aria-selected'), 'true');
    await tomas.keyboard.press('Enter');
    assert.equal(await tomas.inputValue('#propose-person'), 'Mara Okafor', 'Enter picks the suggestion');
    assert.equal(await tomas.getAttribute('#propose-person', 'aria-expanded'), 'false');
    assert.equal(await tomas.isVisible('#propose-dialog'), true, 'picking a person does not close the dialog');
    await tabTo(tomas, '#propose-note');
    await tomas.keyboard.type('Would you mentor me on design reviews?');
    await tabTo(tomas, '#propose-submit');
    await scenario.shot(tomas, 'propose-by-keyboard');
    await enterAndWait(tomas);
    const relationshipUrl = tomas.url();
    assert.match(relationshipUrl, /relationship\?id=\d+/);

    // Mara accepts and writes the agreement.
    await mara.goto(relationshipUrl);
    await settled(mara);
    await tabTo(mara, '.mentoring-move[data-move="accept"]');
    await enterAndWait(mara);
    assert.equal((await mara.textContent('#relationship-status')).trim(), 'Active');
    await tabTo(mara, '#agreement-edit');
    await mara.keyboard.press('Enter');
    await tabTo(mara, '#agreement-objectives-input');
    await mara.keyboard.type('Lead two design reviews.');
    await tabTo(mara, '#agreement-save');
    await enterAndWait(mara);
    assert.match(await mara.textContent('#agreement'), /Lead two design reviews/);

    // Tomáš accepts it, then creates a goal from the goal board.
    await tomas.goto(relationshipUrl);
    await settled(tomas);
    await tabTo(tomas, '#agreement-accept');
    await enterAndWait(tomas);
    assert.match(await tomas.textContent('#agreement'), /Accepted by both/);
    await tabTo(tomas, '#goals-link');
    await enterAndWait(tomas);
    await tabTo(tomas, '#goal-title');
    await tomas.keyboard.type('Lead the payments design review');
    await tabTo(tomas, '#goal-create-submit');
    await enterAndWait(tomas);
    const goalUrl = tomas.url();
    assert.match(goalUrl, /goal\?id=\d+/);
    await tabTo(tomas, '#goal-edit-criteria');
    await tomas.keyboard.type('Review held; notes shared with the team');
    // A date field takes its parts as typed digits (month, day, year here).
    await tabTo(tomas, '#goal-edit-target');
    await tomas.keyboard.type('06012030');
    await tabTo(tomas, '#goal-save');
    await enterAndWait(tomas);

    // Mara agrees to the goal; Tomáš starts it: the goal moves.
    await mara.goto(goalUrl);
    await tabTo(mara, '.mentoring-transition[data-transition="11"]');
    await enterAndWait(mara);
    assert.equal((await mara.textContent('#goal-status')).trim(), 'Agreed');
    await tomas.goto(goalUrl);
    await tabTo(tomas, '.mentoring-transition[data-transition="21"]');
    await enterAndWait(tomas);
    assert.equal((await tomas.textContent('#goal-status')).trim(), 'In progress');

    // Mara logs a session, with a private note.
    await mara.goto(relationshipUrl);
    await settled(mara);
    await tabTo(mara, '#session-log-open');
    await mara.keyboard.press('Enter');
    await mara.waitForSelector('#session-form', { state: 'visible' });
    assert.equal(await focused(mara), '#session-held-on', 'the form takes the focus');
    await tabTo(mara, '#session-topics');
    await mara.keyboard.type('Preparing the review');
    await tabTo(mara, '#session-private-note');
    await mara.keyboard.type('Ask about workload.');
    await tabTo(mara, '#session-submit');
    await enterAndWait(mara);
    assert.match(await mara.textContent('#section-sessions'), /Preparing the review/);

    // Tomáš gives feedback, choosing its kind with the arrow keys.
    await tomas.goto(relationshipUrl);
    await settled(tomas);
    await tabTo(tomas, '#feedback-kind');
    await tomas.keyboard.press('ArrowDown');
    assert.equal(await tomas.inputValue('#feedback-kind'), 'GROWTH');
    await tabTo(tomas, '#feedback-text');
    await tomas.keyboard.type('More questions, fewer answers, please.');
    await tabTo(tomas, '#feedback-submit');
    await enterAndWait(tomas);
    assert.match(await tomas.textContent('#feedback-list'), /fewer answers/);
    await scenario.shot(tomas, 'feedback-by-keyboard');
});
