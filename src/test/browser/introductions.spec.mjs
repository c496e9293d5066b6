// Introductions in the browser (double opt-in): Tomáš asks his mentor Mara for an introduction (an empty request is
// refused next to its fields), Mara introduces Zoë with a note to her, Zoë follows her notification to My network,
// sees only the note and who introduces her, and accepts; only then do Tomáš and Zoë see each other's names and
// Zoë the purpose; each can then propose a mentorship to the other from the introduction, though Zoë's profile is
// hidden (and stays hidden). A third person sees nothing of it: Pam gets "not found", Ada (an administrator) no section.
// Usage: node src/test/browser/introductions.spec.mjs <base-url>   (screenshots in target/screenshots/introductions/)
import assert from 'node:assert/strict';
import { Scenario, settled } from './harness.mjs';

const scenario = new Scenario('introductions');
const base = scenario.base;
const api = (...call) => scenario.api(...call);
const person = who => scenario.person(who);
const shot = (page, label, selector) => scenario.shot(page, label, selector);

const PURPOSE = 'I want to move into platform engineering <b>not bold</b>';
const NOTE = 'Zoë, Tomáš is one of my mentees and would love 30 minutes of your time.';

// Zoë keeps her profile out of sight (only she and administrators see it).
await api('zoe', 'PUT', '/profiles/me', { offersMentoring: true, seeksMentor: false, listed: false, languages: ['sv'] });
const relationship = await api('tomas', 'POST', '/relationships', { mentorKey: 'u-mara', menteeKey: 'u-tomas' });
await api('mara', 'POST', `/relationships/${relationship.id}/accept`);
const pageUrl = `${base}/plugins/servlet/mentoring/relationship?id=${relationship.id}`;
const networkUrl = `${base}/plugins/servlet/mentoring/network`;

await scenario.run(async () => {
    const tomas = await person('tomas');
    const mara = await person('mara');
    const zoe = await person('zoe');

    // Tomáš asks; an empty request is refused next to its fields and nothing is written.
    await tomas.goto(pageUrl);
    await settled(tomas);
    assert.match(await tomas.textContent('#section-introductions'), /No introductions yet/);
    await tomas.click('#introduction-ask-open');
    await tomas.waitForSelector('#introduction-ask-form', { state: 'visible' });
    await tomas.click('#introduction-ask-submit');
    await tomas.waitForSelector('#introduction-ask-form .error[data-field="purpose"]:not(:empty)');
    assert.match(await tomas.textContent('#introduction-ask-form .error[data-field="wantedText"]'), /Name a person, or describe/);
    await shot(tomas, 'refused-empty-request');
    assert.equal((await api('tomas', 'GET', `/introductions?relationshipId=${relationship.id}`)).total, 0);
    await tomas.fill('#introduction-wanted-text', 'Kubernetes in production');
    await tomas.fill('#introduction-purpose', PURPOSE);
    await Promise.all([tomas.waitForNavigation(), tomas.click('#introduction-ask-submit')]);
    await settled(tomas);
    const asked = tomas.locator('.mentoring-introduction').first();
    assert.match(await asked.textContent(), /You asked Mara Okafor for an introduction to[\s\S]*someone who knows Kubernetes in production/);
    assert.match(await asked.locator('.mentoring-introduction-status').textContent(), /Asked/);
    assert.equal(await tomas.locator('.mentoring-introduction-purpose b').count(), 0, 'markup in the purpose is shown as text');
    await shot(tomas, 'asked');

    // Mara introduces Zoë (picked through the people search) with a note addressed to her.
    await mara.goto(pageUrl);
    await settled(mara);
    const request = mara.locator('.mentoring-introduction').first();
    assert.match(await request.textContent(), /Tomáš Novák asked for an introduction/);
    await request.locator('.mentoring-introduce-open').click();
    await request.locator('.mentoring-introduce-person').fill('Zo');
    await request.locator('.mentoring-suggestions li[data-key="u-zoe"]').click();
    await request.locator('textarea[name="note"]').fill(NOTE);
    await Promise.all([mara.waitForNavigation(), request.locator('.mentoring-introduce-submit').click()]);
    await settled(mara);
    const made = mara.locator('.mentoring-introduction').first();
    assert.match(await made.textContent(), /Introduced to Zoë Lindqvist/);
    assert.match(await made.locator('.mentoring-introduction-status').textContent(), /Waiting for their answer/);
    await shot(mara, 'introduced');

    // Before Zoë answers, Tomáš does not learn who it is.
    await tomas.goto(pageUrl);
    await settled(tomas);
    assert.match(await tomas.textContent('#section-introductions'), /Someone was introduced; you will learn who when they accept/);
    assert.ok(!(await tomas.textContent('#section-introductions')).includes('Zoë'), 'the asker does not see the name yet');

    // Zoë follows her notification to My network: the note and who introduces her; not who asks, nor why.
    await zoe.goto(`${base}/plugins/servlet/mentoring/my`);
    const notice = zoe.locator('#notifications-list a', { hasText: 'Mara Okafor would like to introduce you to someone.' });
    await notice.waitFor();
    assert.ok(!(await zoe.textContent('#notifications-list')).includes('30 minutes'), 'the notification never quotes the note');
    await Promise.all([zoe.waitForNavigation(), notice.click()]);
    assert.ok(zoe.url().startsWith(networkUrl), zoe.url());
    const offer = zoe.locator('#network-waiting .mentoring-introduction').first();
    assert.match(await offer.textContent(), /Mara Okafor would like to introduce you to someone/);
    assert.match(await offer.locator('.mentoring-introduction-note').textContent(), /30 minutes of your time/);
    const before = await zoe.content();
    assert.ok(!before.includes('platform engineering'), 'no purpose before she accepts');
    assert.ok(!before.includes('Tomáš Novák'), 'no asker before she accepts');
    await zoe.setViewportSize({ width: 390, height: 844 });
    await shot(zoe, 'offer-at-390px');
    await zoe.setViewportSize({ width: 1280, height: 900 });
    await Promise.all([zoe.waitForNavigation(), offer.locator('[data-move="accept"]').click()]);
    assert.match(await zoe.textContent('#network-waiting'), /No introductions are waiting for your answer/);
    const connection = zoe.locator('#network-connections .mentoring-connection').first();
    assert.match(await connection.textContent(), /Tomáš Novák[\s\S]*Mara Okafor[\s\S]*platform engineering/);
    assert.match(await connection.locator('.mentoring-introduction-propose').getAttribute('href'), /\/my\?introduction=\d+$/);
    await shot(zoe, 'connected');
    // Proposing from the introduction fills in Tomáš, who has no profile at all.
    await Promise.all([zoe.waitForNavigation(), connection.locator('.mentoring-introduction-propose').click()]);
    await zoe.waitForSelector('#propose-dialog:not([hidden])');
    assert.equal(await zoe.inputValue('#propose-person'), 'Tomáš Novák');
    assert.equal(await zoe.inputValue('#propose-person-key'), 'u-tomas');

    // Now Tomáš sees her name, in the section and in his network.
    await tomas.goto(pageUrl);
    await settled(tomas);
    const done = tomas.locator('.mentoring-introduction').first();
    assert.match(await done.textContent(), /Introduced to Zoë Lindqvist/);
    assert.match(await done.locator('.mentoring-introduction-status').textContent(), /Connected/);
    assert.match(await done.locator('.mentoring-introduction-propose').textContent(), /Propose a mentorship with Zoë Lindqvist/);
    // Zoë's profile is hidden: proposing from the introduction still fills her in, and her profile stays hidden.
    await Promise.all([tomas.waitForNavigation(), done.locator('.mentoring-introduction-propose').click()]);
    await tomas.waitForSelector('#propose-dialog:not([hidden])');
    assert.equal(await tomas.inputValue('#propose-person'), 'Zoë Lindqvist');
    assert.equal(await tomas.inputValue('#propose-person-key'), 'u-zoe');
    await shot(tomas, 'propose-from-introduction');
    const hidden = await fetch(`${base}/rest/mentoring/1.0/profiles/u-zoe`,
        { headers: { Authorization: 'Basic ' + Buffer.from('tomas:tomas').toString('base64') } });
    assert.equal(hidden.status, 404, 'her hidden profile is still not shown');
    await tomas.goto(networkUrl);
    assert.match(await tomas.textContent('#network-connections'), /Zoë Lindqvist[\s\S]*Mara Okafor/);
    await shot(tomas, 'his-network');
    await mara.goto(networkUrl);
    assert.match(await mara.textContent('#network-made'), /Tomáš Novák[\s\S]*Zoë Lindqvist[\s\S]*Connected/);

    // A third person sees nothing: Pam gets "not found"; Ada (an administrator) sees the mentorship but no introductions.
    const pam = await person('pam');
    const response = await pam.goto(pageUrl);
    assert.equal(response.status(), 404);
    await pam.goto(networkUrl);
    assert.ok(!(await pam.content()).includes('platform engineering'));
    assert.match(await pam.textContent('#network-connections'), /Nobody yet/);
    const ada = await person('ada');
    await ada.goto(pageUrl);
    await settled(ada);
    assert.equal(await ada.locator('#section-introductions').count(), 0, 'no introductions section for an administrator');
    assert.ok(!(await ada.content()).includes('platform engineering'));
    const id = (await api('tomas', 'GET', `/introductions?relationshipId=${relationship.id}`)).values[0].id;
    for (const who of ['pam', 'ada']) {
        const r = await fetch(`${base}/rest/mentoring/1.0/introductions/${id}`,
            { headers: { Authorization: 'Basic ' + Buffer.from(`${who}:${who}`).toString('base64') } });
        assert.equal(r.status, 404, `${who} gets 404 for the introduction`);
    }
    await shot(ada, 'admin-sees-no-introductions');
});
