// A development goal from draft to achieved, as the mentee and the mentor (headless Debian Chromium).
// Usage: node src/test/browser/goals.spec.mjs <base-url>   (screenshots in target/screenshots/goals/)
import assert from 'node:assert/strict';
import { Scenario } from './harness.mjs';

const scenario = new Scenario('goals');
const base = scenario.base;
const api = (...call) => scenario.api(...call);
const person = who => scenario.person(who);

// The pair: Zoë asks Pam to mentor her, Pam accepts (set up through the API; the browser part is the goal).
const relationship = await api('zoe', 'POST', '/relationships', { mentorKey: 'u-pam', menteeKey: 'u-zoe' });
await api('pam', 'POST', `/relationships/${relationship.id}/accept`);

const shot = (page, label) => scenario.shot(page, label);

const status = async page => (await page.textContent('#goal-status')).trim();

async function transition(page, name, text) {
    const button = page.locator('.mentoring-transition', { hasText: name });
    if (text === undefined) {
        await Promise.all([page.waitForNavigation(), button.click()]);
        return;
    }
    await button.click();
    await page.waitForSelector('#transition-text', { state: 'visible' });
    await page.fill('#transition-text', text);
    await Promise.all([page.waitForNavigation(), page.click('#transition-submit')]);
}

const transitions = page => page.$$eval('.mentoring-transition', b => b.map(x => x.textContent.trim()));

await scenario.run(async () => {
    const zoe = await person('zoe');
    const pam = await person('pam');

    // Zoë adds a goal on the board.
    await zoe.goto(`${base}/plugins/servlet/mentoring/goals?relationship=${relationship.id}`);
    await zoe.fill('#goal-title', 'Give my first conference talk');
    await Promise.all([zoe.waitForNavigation(), zoe.click('#goal-create-submit')]);
    const goalUrl = zoe.url();
    assert.match(goalUrl, /goal\?id=\d+/);
    assert.equal(await status(zoe), 'Draft');
    assert.deepEqual(await transitions(zoe), ['Drop'], 'the owner cannot agree to her own goal');

    // Pam tries to agree before there are success criteria: refused, shown next to the field.
    await pam.goto(goalUrl);
    assert.deepEqual(await transitions(pam), ['Drop', 'Agree']);
    await pam.locator('.mentoring-transition', { hasText: 'Agree' }).click();
    await pam.waitForSelector('.error[data-field="successCriteria"]:not(:empty)');
    assert.match(await pam.textContent('.error[data-field="successCriteria"]'), /what done looks like/);
    assert.equal(await status(pam), 'Draft');
    await shot(pam, 'agree-refused');

    // Zoë adds them; Pam agrees.
    await zoe.goto(goalUrl);
    await zoe.fill('#goal-edit-criteria', 'Talk accepted and given; feedback from five listeners');
    await zoe.fill('#goal-edit-target', '2027-05-01');
    await Promise.all([zoe.waitForNavigation(), zoe.click('#goal-save')]);
    await pam.goto(goalUrl);
    await transition(pam, 'Agree');
    assert.equal(await status(pam), 'Agreed');

    // Zoë starts, checks in, submits for review.
    await zoe.goto(goalUrl);
    await transition(zoe, 'Start');
    assert.equal(await status(zoe), 'In progress');
    await zoe.fill('#checkin-progress', '40');
    await zoe.fill('#checkin-note', 'Abstract submitted <i>not italic</i>');
    await Promise.all([zoe.waitForNavigation(), zoe.click('#checkin-submit')]);
    assert.match(await zoe.textContent('#goal-progress'), /40% done/);
    assert.match(await zoe.textContent('#checkins'), /<i>not italic<\/i>/, 'markup in a note is shown as text');
    await shot(zoe, 'checked-in');
    await transition(zoe, 'Submit for review');
    assert.equal(await status(zoe), 'In review');

    // Pam sends it back with a comment; Zoë resubmits; Pam signs it off.
    await pam.goto(goalUrl);
    await transition(pam, 'More work needed', 'Rehearse once in front of the team first.');
    assert.equal(await status(pam), 'In progress');
    await zoe.goto(goalUrl);
    await transition(zoe, 'Submit for review');
    assert.ok(!(await transitions(zoe)).includes('Achieve'), 'only the other member signs off');
    await pam.goto(goalUrl);
    await transition(pam, 'Achieve');
    assert.equal(await status(pam), 'Achieved');
    await shot(pam, 'achieved');

    // The board shows it under Achieved.
    await pam.goto(`${base}/plugins/servlet/mentoring/goals?relationship=${relationship.id}`);
    assert.match(await pam.textContent('section[data-status="ACHIEVED"]'), /Give my first conference talk/);
    await shot(pam, 'board');

});
