// What the browser scenarios share: the standalone host's address, its REST API as a demo person, headless
// Debian Chromium, signed-in people whose page errors and server failures are collected, numbered screenshots,
// and waiting for a relationship page's sections (they load after the page).
import assert from 'node:assert/strict';
import { mkdirSync, rmSync } from 'node:fs';
import { chromium } from 'playwright-core';

/** The relationship page loads its sections after itself: wait until none is still loading. */
export async function settled(page) {
    await page.waitForFunction(() => !document.querySelector('.mentoring-section-loading'));
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
