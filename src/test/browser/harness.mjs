// What the browser scenarios share: the standalone host's address, its REST API as a demo person, headless
// Debian Chromium, signed-in people whose page errors and server failures are collected, numbered screenshots,
// waiting for a relationship page's sections (they load after the page), and the accessibility audit (axe-core).
import assert from 'node:assert/strict';
import { mkdirSync, rmSync } from 'node:fs';
import axe from 'axe-core';
import { chromium } from 'playwright-core';

/** The relationship page loads its sections after itself: wait until none is still loading. */
export async function settled(page) {
    await page.waitForFunction(() => !document.querySelector('.mentoring-section-loading'));
}

/**
 * Audits what {@code page} shows now with axe-core (WCAG 2.0-2.2 A and AA and axe's best practices) and fails,
 * naming each rule and element, on any violation of any impact. {@code state} names what is shown ("propose
 * dialog: error"). axe runs through the DevTools protocol, so the pages' Content Security Policy stays as it is.
 */
export async function audit(page, state) {
    if (!(await page.evaluate(() => typeof window.axe === 'object'))) {
        await page.evaluate(axe.source);
    }
    // Let transitions finish (a dialog fading in is measured at its final colours).
    await page.waitForTimeout(250);
    const result = await page.evaluate(() => window.axe.run(document, { resultTypes: ['violations'] }));
    const found = result.violations.map(v => `${v.id} (${v.impact}): ${v.help}\n`
        + v.nodes.map(n => `      ${n.target.join(' ')}: ${n.failureSummary.replace(/\n/g, ' ')}`).join('\n'));
    if (found.length && process.env.MENTORING_AUDIT_WARN) {
        // While fixing pages: every state's violations at once instead of the first failing state only.
        console.error(`accessibility violations in "${state}" (${page.url()}):\n  ${found.join('\n  ')}`);
        return;
    }
    assert.deepEqual(found, [], `accessibility violations in "${state}" (${page.url()})`);
}

/**
 * Whether {@code page} fits its viewport's width: nothing sticks out sideways, the document does not scroll sideways.
 * Measured against the viewport the page was given (a phone browser would rather zoom out than show a scrollbar).
 */
export async function fitsWidth(page, state) {
    const width = page.viewportSize().width;
    const [scrollWidth, wide] = await page.evaluate(width => [document.documentElement.scrollWidth,
        [...document.querySelectorAll('body *')].filter(e => e.getBoundingClientRect().right > width + 1)
            .slice(0, 8).map(e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + (e.className && e.className.baseVal === undefined ? '.' + e.className.trim().split(/\s+/).join('.') : ''))], width);
    assert.ok(scrollWidth <= width, `"${state}" is ${scrollWidth} px wide in a ${width} px viewport (${page.url()}); too wide: ${wide.join(', ')}`);
}

export class Scenario {
    /** {@code name} names the screenshots folder (target/screenshots/<name>/) and the files in it. */
    constructor(name) {
        this.name = name;
        this.base = process.argv[2] || process.env.MENTORING_BASE_URL;
        assert.ok(this.base, 'pass the base URL of a running standalone host');
        this.shots = `target/screenshots/${name}`;
        rmSync(this.shots, { recursive: true, force: true });
        mkdirSync(this.shots, { recursive: true });
        this.problems = [];
        this.pages = [];
        this.step = 0;
        this.audited = [];
    }

    /** The accessibility audit ({@link audit}) of what {@code page} shows now, listed under {@code state} at the end. */
    async audit(page, state) {
        await audit(page, state);
        this.audited.push(state);
    }

    /** A REST call as a demo person (HTTP Basic); fails the scenario on any error status. */
    async api(user, method, path, body) {
        const response = await fetch(`${this.base}/rest/mentoring/1.0${path}`, {
            method,
            headers: { 'Content-Type': 'application/json', Authorization: 'Basic ' + Buffer.from(`${user}:${user}`).toString('base64') },
            body: body ? JSON.stringify(body) : undefined,
        });
        assert.ok(response.ok, `${method} ${path} -> ${response.status}`);
        return response.status === 204 ? null : response.json();
    }

    async launch() {
        this.browser = await chromium.launch({
            executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
            args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
                '--disable-component-update', '--disable-sync'],
        });
    }

    /** A demo person signed in through the sign-in page, in a browser context of their own. */
    async person(name) {
        const page = await (await this.browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
        this.pages.push([name, page]);
        page.on('pageerror', e => this.problems.push(`${name}: ${e.message}`));
        // Anything the content security policy refuses (an inline script or style) breaks the page for real users.
        page.on('console', m => { if (m.type() === 'error' && m.text().includes('Content Security Policy')) this.problems.push(`${name}: ${m.text()}`); });
        page.on('response', r => { if (r.url().includes('/rest/') && r.status() >= 500) this.problems.push(`${name}: ${r.status()} ${r.url()}`); });
        await page.goto(`${this.base}/login`);
        await page.fill('#username', name);
        await page.fill('#password', name);
        await Promise.all([page.waitForNavigation(), page.click('#signin')]);
        await settled(page);
        return page;
    }

    /** A numbered screenshot of the page, or of one element of it ({@code selector}). */
    async shot(page, label, selector) {
        this.step += 1;
        const path = `${this.shots}/${this.name}-${String(this.step).padStart(2, '0')}-${label}.png`;
        await (selector ? page.locator(selector).screenshot({ path }) : page.screenshot({ path, fullPage: true }));
    }

    /** Runs the scenario's steps; on failure, screenshots every page and says what the pages reported. */
    async run(steps) {
        await this.launch();
        try {
            await steps();
            assert.deepEqual(this.problems, [], 'no page errors or server failures');
            if (this.audited.length) {
                console.log(`${this.name}: no accessibility violations in ${this.audited.length} states:\n  ${this.audited.join('\n  ')}`);
            }
            console.log(`${this.name} scenario passed: ${this.step} screenshots`);
        } catch (failure) {
            for (const [name, page] of this.pages) {
                await page.screenshot({ path: `${this.shots}/${this.name}-failure-${name}.png`, fullPage: true }).catch(() => {});
            }
            console.error('problems:', this.problems);
            throw failure;
        } finally {
            await this.browser.close();
        }
    }
}
