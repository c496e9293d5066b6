// A development goal from draft to achieved, as the mentee and the mentor (headless Debian Chromium).
// Usage: node src/test/browser/goals.spec.mjs <base-url>   (screenshots in target/screenshots/goals/)
import assert from 'node:assert/strict';
import { mkdirSync, rmSync } from 'node:fs';
import { chromium } from 'playwright-core';

const base = process.argv[2] || process.env.MENTORING_BASE_URL;
assert.ok(base, 'pass the base URL of a running standalone host');
const shots = 'target/screenshots/goals';
rmSync(shots, { recursive: true, force: true });
mkdirSync(shots, { recursive: true });

async function api(user, method, path, body) {
    const response = await fetch(`${base}/rest/mentoring/1.0${path}`, {
        method,
        headers: { 'Content-Type': 'application/json', Authorization: 'Basic ' + Buffer.from(`${user}:${user}`).toString('base64') },
        body: body ? JSON.stringify(body) : undefined,
    });
    assert.ok(response.ok, `${method} ${path} -> ${response.status}`);
    return response.json();
}

// The pair: Zoë asks Pam to mentor her, Pam accepts (set up through the API; the browser part is the goal).
const relationship = await api('zoe', 'POST', '/relationships', { mentorKey: 'u-pam', menteeKey: 'u-zoe' });
await api('pam', 'POST', `/relationships/${relationship.id}/accept`);

const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
        '--disable-component-update', '--disable-sync'],
});
const problems = [];
const pages = [];
let step = 0;

async function person(name) {
    const page = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
    pages.push([name, page]);
    page.on('pageerror', e => problems.push(`${name}: ${e.message}`));
    page.on('response', r => { if (r.url().includes('/rest/') && r.status() >= 500) problems.push(`${name}: ${r.status()} ${r.url()}`); });
    await page.goto(`${base}/login`);
    await page.fill('#username', name);
    await page.fill('#password', name);
    await Promise.all([page.waitForNavigation(), page.click('#signin')]);
    return page;
}

async function shot(page, name) {
    step += 1;
    await page.screenshot({ path: `${shots}/goals-${String(step).padStart(2, '0')}-${name}.png`, fullPage: true });
}

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

try {
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

    assert.deepEqual(problems, [], 'no page errors or server failures');
    console.log(`goal scenario passed: ${step} screenshots`);
} catch (failure) {
    for (const [name, page] of pages) {
        await page.screenshot({ path: `${shots}/goals-failure-${name}.png`, fullPage: true }).catch(() => {});
    }
    console.error('problems:', problems);
    throw failure;
} finally {
    await browser.close();
}
