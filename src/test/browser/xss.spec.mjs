// Stored XSS, in headless Debian Chromium: a corpus of hostile payloads (script tags, event handlers, javascript:
// URLs, attribute and element breakers, template injection for Velocity, Angular-style and JS templates, unicode
// tricks) is stored in every text field a person can write — the proposal and move notes, the agreement, goals,
// check-ins, milestones, evidence, sessions, private notes, action items, feedback, ratings, replies, a blind-round
// submission — by a mentor whose display name is itself a payload (names are quoted in pages and notifications).
// Then every page and section is opened by each member (and the people picker by someone else): no payload may
// run (each would set window.__xss or open a dialog), and the text shows literally.
// Usage: node src/test/browser/xss.spec.mjs <base-url>   (the host must know "eve", whose name is a payload; see BrowserIT)
import assert from 'node:assert/strict';
import { Scenario, settled } from './harness.mjs';

const scenario = new Scenario('xss');
const base = scenario.base;
const api = (...call) => scenario.api(...call);

// Each payload, given a number, tries to set window.__xss to it (or opens a dialog): whichever ran says which.
const CORPUS = [
    n => `<script>window.__xss=${n}</script>`,
    n => `<img src=x onerror=window.__xss=${n}>`,
    n => `"><svg onload=window.__xss=${n}>`,
    n => `'><img src=x onerror=alert(${n})>`,
    n => `</textarea><script>window.__xss=${n}</script>`,
    n => `</title></style><img src=x onerror=window.__xss=${n}>`,
    n => `<a href="javascript:window.__xss=${n}" id="xss-link-${n}">link ${n}</a>`,
    n => `javascript:window.__xss=${n}`,
    n => `#set($x='VELOCITY${n}')$x $foo $!{foo} #foreach($i in [1..3])$i#end`,
    n => `{{constructor.constructor('window.__xss=${n}')()}} {{7*7}}`,
    n => '${window.__xss=' + n + '} `${7*7}`',
    n => `<details open ontoggle=window.__xss=${n}>x</details>`,
    n => `\u202Egnp.exe<img src=x onerror=window.__xss=${n}> <scr\u200Bipt>window.__xss=${n}</scr\u200Bipt>`,
    n => `\uFF1Cscript\uFF1Ewindow.__xss=${n}\uFF1C/script\uFF1E`,
    n => `<iframe srcdoc="<script>parent.__xss=${n}</script>"></iframe>`,
    n => `<input autofocus onfocus=window.__xss=${n}><body onload=window.__xss=${n}>`,
];
let counter = 100;
/** The next payload, no longer than {@code max} characters. */
function payload(max = 255) {
    for (let tries = 0; tries < CORPUS.length * 2; tries++) {
        const n = counter++;
        const p = CORPUS[n % CORPUS.length](n);
        if (p.length <= max && !(max <= 40 && p.includes(','))) return p;
    }
    throw new Error(`no payload fits in ${max} characters`);
}
/** Every payload at once, for long text fields. */
const everything = () => CORPUS.map(f => f(counter++)).join('\n');

const today = new Date().toISOString().slice(0, 10);
const later = new Date(Date.now() + 60 * 86400000).toISOString().slice(0, 10);

// Eve (her display name is a payload) mentors Tomáš; every field gets a payload.
const literal = {};
const r = await api('tomas', 'POST', '/relationships', { mentorKey: 'u-eve', menteeKey: 'u-tomas', note: everything() });
await api('eve', 'POST', `/relationships/${r.id}/accept`, { note: payload(4000) });
await api('eve', 'PUT', `/relationships/${r.id}/agreement`, {
    objectives: everything(), cadence: 'WEEKLY', channel: payload(100), confidentiality: everything(),
});
await api('tomas', 'POST', `/relationships/${r.id}/agreement/accept`, {});
await api('tomas', 'POST', `/relationships/${r.id}/pause`, { note: payload(4000), noteVisibility: 'PAIR' });
await api('eve', 'POST', `/relationships/${r.id}/resume`, { note: payload(4000), noteVisibility: 'PRIVATE' });

literal.goalTitle = payload(255);
const goal = await api('tomas', 'POST', '/goals', {
    relationshipId: r.id, title: literal.goalTitle, description: everything(), successCriteria: everything(),
    competencies: `${payload(40)}, ${payload(40)}`, targetDate: later,
});
await api('eve', 'POST', `/goals/${goal.id}/transitions`, { id: 11, comment: payload(4000) });
await api('tomas', 'POST', `/goals/${goal.id}/transitions`, { id: 21, comment: payload(4000) });
await api('tomas', 'POST', `/goals/${goal.id}/check-ins`, { progress: 40, note: everything(), visibility: 'PAIR' });
await api('eve', 'POST', `/goals/${goal.id}/check-ins`, { progress: 45, note: everything(), visibility: 'PRIVATE' });
await api('tomas', 'POST', `/goals/${goal.id}/milestones`, { title: payload(255) });
/** A write that may be refused: its status (the body when it is neither stored nor refused as bad input). */
async function attempt(user, method, path, body) {
    const response = await fetch(`${base}/rest/mentoring/1.0${path}`, {
        method, body: JSON.stringify(body),
        headers: { 'Content-Type': 'application/json', Authorization: 'Basic ' + Buffer.from(`${user}:${user}`).toString('base64') },
    });
    const text = await response.text();
    assert.ok([200, 201, 400].includes(response.status), `${method} ${path} -> ${response.status} ${text}`);
    return response.status;
}
await api('tomas', 'POST', `/goals/${goal.id}/evidence`, { kind: 'URL', ref: 'https://example.org/review?q=%22%3E%3Cscript%3E', label: payload(255) });
await api('tomas', 'POST', `/goals/${goal.id}/evidence`, { kind: 'JIRA_ISSUE', ref: 'MENT-42', label: payload(255) });
// Addresses that break out of an attribute, or run script, are refused or stored inert (checked on every page below).
for (const ref of [`https://example.org/?q="><script>window.__xss=1</script>`, "https://example.org/'onmouseover='window.__xss=3",
    'https://example.org/" autofocus onfocus="window.__xss=4']) {
    await attempt('tomas', 'POST', `/goals/${goal.id}/evidence`, { kind: 'URL', ref, label: payload(255) });
}
// A javascript: (or data:) address is refused as evidence: only http and https.
for (const ref of ['javascript:window.__xss=2', 'JaVaScRiPt:window.__xss=5', ' javascript:window.__xss=6', 'data:text/html,<script>parent.__xss=7</script>']) {
    assert.equal(await attempt('tomas', 'POST', `/goals/${goal.id}/evidence`, { kind: 'URL', ref, label: 'js' }), 400, `evidence at ${ref}`);
}
await api('eve', 'POST', '/goals', { relationshipId: r.id, title: payload(255), description: everything(), ownerKey: 'u-eve' });

literal.topics = payload(450);
const session = await api('eve', 'POST', '/sessions', {
    relationshipId: r.id, heldOn: today, durationMinutes: 30, topics: literal.topics, sharedNotes: everything(),
    nextMeetingOn: later, privateNote: everything(),
    actionItems: [{ text: payload(255), dueOn: later }, { text: payload(255), ownerKey: 'u-tomas' }],
});
await api('tomas', 'PUT', `/sessions/${session.id}/private-note`, { text: everything() });
await api('tomas', 'POST', `/sessions/${session.id}/action-items`, { text: payload(255) });

literal.feedback = payload(4000);
const feedback = await api('eve', 'POST', '/feedback', {
    relationshipId: r.id, kind: 'STRENGTH', text: literal.feedback, goalId: goal.id,
    ratings: [{ competency: payload(40), score: 4 }, { competency: payload(40), score: 2 }],
});
await api('tomas', 'POST', `/feedback/${feedback.id}/replies`, { text: everything() });
await api('eve', 'POST', `/feedback/${feedback.id}/replies`, { text: payload(4000) });
await api('tomas', 'POST', '/feedback', { relationshipId: r.id, kind: 'LEARNED', text: everything() });
const round = await api('tomas', 'POST', '/feedback/rounds', { relationshipId: r.id });
await api('tomas', 'POST', '/feedback', { relationshipId: r.id, kind: 'GROWTH', text: everything(), roundId: round.id });
await api('eve', 'POST', '/feedback', { relationshipId: r.id, kind: 'GROWTH', text: everything(), roundId: round.id });

const pages = [
    ['my-mentoring', '/plugins/servlet/mentoring/my'],
    ['relationship', `/plugins/servlet/mentoring/relationship?id=${r.id}`],
    ['goal-board', `/plugins/servlet/mentoring/goals?relationship=${r.id}`],
    ['goal', `/plugins/servlet/mentoring/goal?id=${goal.id}`],
    ['section-goals', `/plugins/servlet/mentoring/section?relationship=${r.id}&section=goals`],
    ['section-sessions', `/plugins/servlet/mentoring/section?relationship=${r.id}&section=sessions`],
    ['section-feedback', `/plugins/servlet/mentoring/section?relationship=${r.id}&section=feedback`],
];

const dialogs = [];
/** No payload ran in the page (or a frame of it), and no dialog opened. */
async function nothingRan(page, where) {
    await page.waitForTimeout(300);   // image errors and focus handlers fire after load
    for (const frame of page.frames()) {
        const flag = await frame.evaluate(() => window.__xss).catch(() => undefined);
        assert.equal(flag, undefined, `payload ${flag} ran in ${where} (${frame.url()})`);
    }
    assert.deepEqual(dialogs, [], `no dialog opened in ${where}`);
}

await scenario.run(async () => {
    // The detector detects: a page where a payload does run fails the check.
    const probe = await scenario.browser.newPage();   // a blank page of its own: no sign-in, no CSP
    await probe.setContent('<img src=x onerror=window.__xss=1>');
    await assert.rejects(nothingRan(probe, 'a page built to run a payload'), /payload 1 ran/);
    await probe.close();
    for (const who of ['tomas', 'eve']) {
        const page = await scenario.person(who);
        page.on('dialog', d => { dialogs.push(`${who}: ${d.type()} ${d.message()}`); d.dismiss().catch(() => {}); });
        for (const [label, path] of pages) {
            await page.goto(base + path);
            if (label === 'relationship') await settled(page);
            await nothingRan(page, `${who} ${label}`);
            if (label === 'relationship' || label.startsWith('goal')) await scenario.shot(page, `${who}-${label}`);
        }
        // The texts show as written, markup and template syntax included.
        await page.goto(`${base}/plugins/servlet/mentoring/goal?id=${goal.id}`);
        const goalText = await page.innerText('body');
        assert.ok(goalText.includes(literal.goalTitle), `the goal's title shows literally: ${literal.goalTitle}`);
        await page.goto(`${base}/plugins/servlet/mentoring/relationship?id=${r.id}`);
        await settled(page);
        const text = await page.innerText('body');
        assert.ok(text.includes(literal.topics), `a session's topics show literally: ${literal.topics}`);
        assert.ok(text.includes(literal.feedback), `feedback shows literally: ${literal.feedback}`);
        assert.ok(text.includes('<img src=x onerror=window.__xss=999>'), "Eve's name shows literally");
        if (who === 'tomas') {
            assert.ok(text.includes("#set($x='VELOCITY"), 'Velocity directives in the agreement are text, not evaluated');
            assert.ok(text.includes('{{7*7}}'), 'template braces are text');
        }
        // Editing her feedback puts its text in a form field, still inert.
        if (who === 'eve') {
            await page.locator('.mentoring-feedback-edit').first().click();
            assert.equal(await page.inputValue('#feedback-text'), literal.feedback);
            await nothingRan(page, 'eve editing her feedback');
        }
        await nothingRan(page, `${who} reading the relationship`);
    }
    // Someone else looks for a mentor: the people picker lists Eve by her (hostile) name, as text.
    const zoe = await scenario.person('zoe');
    zoe.on('dialog', d => { dialogs.push(`zoe: ${d.type()} ${d.message()}`); d.dismiss().catch(() => {}); });
    await zoe.click('#propose-open');
    await zoe.fill('#propose-person', 'eve');
    await zoe.waitForSelector('#propose-suggestions li');
    assert.match(await zoe.textContent('#propose-suggestions'), /<img src=x onerror=window.__xss=999>/);
    await nothingRan(zoe, 'the people picker');
    await scenario.shot(zoe, 'people-picker');
});
