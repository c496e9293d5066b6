// The session log in the browser: Mara logs a session with a shared note, a private note and an action item,
// is told next to the field when a date is wrong, turns the item into a goal; Tomáš sees the session and the
// shared note but never Mara's private note (headless Debian Chromium).
// Usage: node src/test/browser/sessions.spec.mjs <base-url>   (screenshots in target/screenshots/sessions/)
import assert from 'node:assert/strict';
import { Scenario, settled } from './harness.mjs';

const scenario = new Scenario('sessions');
const base = scenario.base;
const api = (...call) => scenario.api(...call);
const person = who => scenario.person(who);

const SHARED = 'We planned how Tomáš leads the next design review <b>not bold</b>.';
const PRIVATE = 'PRIVATE: Tomáš seems stretched thin — ask about workload.';
const ITEM = 'Run the payments design review';

// The pair (set up through the API; the browser part is the session log).
const relationship = await api('tomas', 'POST', '/relationships', { mentorKey: 'u-mara', menteeKey: 'u-tomas' });
await api('mara', 'POST', `/relationships/${relationship.id}/accept`);
const pageUrl = `${base}/plugins/servlet/mentoring/relationship?id=${relationship.id}`;

const shot = (page, label) => scenario.shot(page, label);

await scenario.run(async () => {
    const mara = await person('mara');
    const tomas = await person('tomas');

    // Mara opens the log form: today is filled in, one empty action item row is ready.
    await mara.goto(pageUrl);
    await settled(mara);
    assert.match(await mara.textContent('#section-sessions'), /No sessions logged yet/);
    await mara.click('#session-log-open');
    await mara.waitForSelector('#session-form', { state: 'visible' });
    await mara.fill('#session-duration', '45');
    await mara.fill('#session-topics', 'Design reviews, delegation');
    await mara.fill('#session-shared-notes', SHARED);
    await mara.fill('#session-private-note', PRIVATE);
    const row = mara.locator('#session-items .mentoring-item-row').first();
    await row.locator('[data-name="text"]').fill(ITEM);
    await row.locator('[data-name="ownerKey"]').selectOption('u-tomas');

    // A next meeting before the session itself is refused, next to its field, and nothing is logged.
    const heldOn = await mara.inputValue('#session-held-on');
    await mara.fill('#session-next', '2020-01-01');
    await mara.click('#session-submit');
    await mara.waitForSelector('#session-form .error[data-field="nextMeetingOn"]:not(:empty)');
    assert.match(await mara.textContent('#session-form .error[data-field="nextMeetingOn"]'), /after this one/);
    await shot(mara, 'refused-next-meeting');
    assert.equal((await api('mara', 'GET', `/sessions?relationshipId=${relationship.id}`)).total, 0);

    // Fixed: the session is logged and shown, the private note marked as hers alone.
    const next = new Date(Date.parse(heldOn) + 14 * 86400000).toISOString().slice(0, 10);
    await mara.fill('#session-next', next);
    await Promise.all([mara.waitForNavigation(), mara.click('#session-submit')]);
    await settled(mara);
    const session = mara.locator('.mentoring-session').first();
    assert.match(await session.textContent(), /not bold/);
    assert.equal(await mara.locator('.mentoring-session-shared b').count(), 0, 'markup in a note is shown as text');
    assert.match(await session.locator('.mentoring-private-note').textContent(), /Only you can see this[\s\S]*stretched thin/);
    assert.match(await mara.textContent('#sessions-schedule'), new RegExp(`Next meeting: ${next}`));
    await shot(mara, 'logged');

    // The action item becomes a goal of the mentorship, once.
    const item = session.locator('.mentoring-action-item', { hasText: ITEM });
    await Promise.all([mara.waitForNavigation(), item.locator('.mentoring-item-to-goal').click()]);
    await settled(mara);
    const converted = mara.locator('.mentoring-action-item', { hasText: ITEM });
    assert.match(await converted.locator('.mentoring-item-goal').textContent(), /Became a goal/);
    assert.equal(await converted.locator('.mentoring-item-to-goal').count(), 0, 'no second conversion offered');
    await shot(mara, 'item-became-goal');
    await Promise.all([mara.waitForNavigation(), converted.locator('.mentoring-item-goal').click()]);
    await settled(mara);
    assert.equal((await mara.textContent('#goal-title-text')).trim(), ITEM);
    assert.equal((await mara.textContent('#goal-status')).trim(), 'Draft');

    // Tomáš sees the session and the shared note, never Mara's private note; he ticks the item off.
    await tomas.goto(pageUrl);
    await settled(tomas);
    const his = tomas.locator('.mentoring-session').first();
    assert.match(await his.textContent(), /Tomáš leads the next design review/);
    assert.ok(!(await tomas.content()).includes('stretched thin'), "Mara's private note is not in Tomáš's page");
    assert.equal(await his.locator('.mentoring-private-note').count(), 0);
    await Promise.all([tomas.waitForNavigation(), tomas.locator('.mentoring-action-item', { hasText: ITEM }).locator('.mentoring-item-done').check()]);
    await settled(tomas);
    assert.ok(await tomas.locator('.mentoring-action-item', { hasText: ITEM }).locator('.mentoring-item-done').isChecked());
    await shot(tomas, 'other-member-view');

    // His own private note is his alone.
    await tomas.locator('.mentoring-session').first().locator('.mentoring-note-edit').click();
    await tomas.locator('.mentoring-session').first().locator('.mentoring-note-form textarea').fill('Ask Mara how she learned to say no.');
    await Promise.all([tomas.waitForNavigation(), tomas.locator('.mentoring-session').first().locator('.mentoring-note-save').click()]);
    await settled(tomas);
    assert.match(await tomas.locator('.mentoring-private-note').textContent(), /say no/);
    await mara.goto(pageUrl);
    await settled(mara);
    assert.ok(!(await mara.content()).includes('how she learned to say no'), "Tomáš's private note is not in Mara's page");
    await shot(tomas, 'own-private-note');

});
