// Two-way feedback, as the mentor and the mentee in two browsers (headless Debian Chromium): the mentor gives
// feedback (a refusal shown next to its field first), edits it, the mentee acknowledges and replies, and both
// submit to a blind round that reveals nothing until both have.
// Usage: node src/test/browser/feedback.spec.mjs <base-url>   (screenshots in target/screenshots/feedback/)
import assert from 'node:assert/strict';
import { Scenario, settled } from './harness.mjs';

const scenario = new Scenario('feedback');
const base = scenario.base;
const api = (...call) => scenario.api(...call);
const person = who => scenario.person(who);

// The pair: Tomáš asks Mara to mentor him, Mara accepts (set up through the API; the browser part is the feedback).
const relationship = await api('tomas', 'POST', '/relationships', { mentorKey: 'u-mara', menteeKey: 'u-tomas' });
await api('mara', 'POST', `/relationships/${relationship.id}/accept`);
const url = `${base}/plugins/servlet/mentoring/relationship?id=${relationship.id}`;
const SECRET = 'Round secret: your status updates bury the decision';

const shot = (page, label) => scenario.shot(page, label, '#section-feedback');

async function open(page) {
    await page.goto(url);
    await settled(page);
}

async function reloading(page, action) {
    await Promise.all([page.waitForNavigation(), action()]);
    await settled(page);
}

const item = (page, text) => page.locator('.mentoring-feedback-item', { hasText: text });

await scenario.run(async () => {
    const mara = await person('mara');
    const tomas = await person('tomas');

    // Mara gives feedback: without text it is refused, next to the field; then with text and a rating.
    await open(mara);
    assert.match(await mara.textContent('#feedback-form-title'), /Give Tomáš Novák feedback/);
    await mara.click('#feedback-submit');
    await mara.waitForSelector('#feedback-form .error[data-field="text"]:not(:empty)');
    assert.equal(await mara.textContent('#feedback-form .error[data-field="text"]'), 'This field is required.');
    await shot(mara, 'refused-next-to-the-field');
    await mara.selectOption('#feedback-kind', 'STRENGTH');
    await mara.fill('#feedback-text', 'You kept the design review focused <b>and</b> heard the quiet people.');
    await mara.fill('.mentoring-rating-row:nth-of-type(1) .mentoring-rating-name', 'Facilitation');
    await mara.selectOption('.mentoring-rating-row:nth-of-type(1) .mentoring-rating-score', '4');
    await reloading(mara, () => mara.click('#feedback-submit'));
    const given = item(mara, 'design review');
    assert.match(await given.textContent(), /<b>and<\/b>/, 'markup in feedback is shown as text');
    assert.match(await given.locator('.mentoring-ratings').textContent(), /Facilitation.*4\/5/s);
    assert.equal(await given.locator('.mentoring-feedback-ack').count(), 0, 'the author does not acknowledge her own feedback');

    // She corrects it within the day; the earlier version stays readable.
    await given.locator('.mentoring-feedback-edit').click();
    assert.equal(await mara.inputValue('#feedback-text'), 'You kept the design review focused <b>and</b> heard the quiet people.');
    await mara.fill('#feedback-text', 'You kept the design review focused and made sure the quiet people were heard.');
    await reloading(mara, () => mara.click('#feedback-submit'));
    const edited = item(mara, 'were heard');
    assert.match(await edited.locator('.mentoring-feedback-head').textContent(), /edited/);
    await edited.locator('.mentoring-feedback-versions').click();
    await mara.waitForSelector('.mentoring-feedback-version');
    assert.match(await edited.locator('.mentoring-feedback-versions-list').textContent(), /Version 1.*heard the quiet people\./s);
    await shot(mara, 'given-and-edited');

    // Tomáš acknowledges it and replies; Mara sees both.
    await open(tomas);
    const received = item(tomas, 'were heard');
    await reloading(tomas, () => received.locator('.mentoring-feedback-ack').click());
    assert.match(await item(tomas, 'were heard').textContent(), /Acknowledged/);
    assert.equal(await item(tomas, 'were heard').locator('.mentoring-feedback-ack').count(), 0, 'acknowledged once');
    await item(tomas, 'were heard').locator('.mentoring-reply-text').fill('Thank you! Asking each person felt awkward, but it worked.');
    await reloading(tomas, () => item(tomas, 'were heard').locator('.mentoring-reply-submit').click());
    assert.match(await item(tomas, 'were heard').locator('.mentoring-thread').textContent(), /felt awkward/);
    await shot(tomas, 'acknowledged-and-replied');
    await open(mara);
    assert.match(await item(mara, 'were heard').textContent(), /Acknowledged.*felt awkward/s);

    // Mara opens a blind round and submits; Tomáš learns only that she has.
    await reloading(mara, () => mara.click('#feedback-round-open'));
    // Defect "a blind round just opened says Waiting for Mara though neither has submitted".
    assert.match(await mara.textContent('#feedback-round-other'), /Neither of you has submitted yet/);
    await mara.selectOption('#feedback-kind', 'GROWTH');
    await mara.fill('#feedback-text', SECRET);
    await mara.fill('.mentoring-rating-row:nth-of-type(1) .mentoring-rating-name', 'Brevity');
    await mara.selectOption('.mentoring-rating-row:nth-of-type(1) .mentoring-rating-score', '2');
    assert.ok(await mara.isChecked('#feedback-in-round'));
    await reloading(mara, () => mara.click('#feedback-submit'));
    assert.match(await item(mara, SECRET).textContent(), /Only you can read this until the blind round is revealed/);
    await shot(mara, 'round-submitted-hidden');

    await open(tomas);
    const before = await tomas.content();
    assert.ok(!before.includes('Round secret'), 'nothing of her round feedback is in his page');
    assert.ok(!before.includes('Brevity'), 'not even its ratings');
    assert.match(await tomas.textContent('#feedback-round'), /Mara Okafor has submitted/);
    await shot(tomas, 'round-waiting');
    await tomas.selectOption('#feedback-kind', 'LEARNED');
    await tomas.fill('#feedback-text', 'From you I learned to ask before I answer.');
    await reloading(tomas, () => tomas.click('#feedback-submit'));
    assert.match(await tomas.textContent('#feedback-round'), /revealed/);
    assert.match(await item(tomas, SECRET).textContent(), /Brevity.*2\/5/s);
    await shot(tomas, 'round-revealed');

    await open(mara);
    assert.match(await item(mara, 'ask before I answer').textContent(), /What I learned from you/);
    assert.equal(await item(mara, SECRET).locator('.mentoring-feedback-hidden').count(), 0);
    await shot(mara, 'both-sides-revealed');

});
