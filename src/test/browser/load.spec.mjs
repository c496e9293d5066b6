// How long "My mentoring" takes to load in headless Debian Chromium, the first time (empty browser cache) and
// again (warm cache), on the loopback and on a throttled network, and what it transfers. Asserts that the static
// CSS/JS go out compressed and that a warm load fetches none of them again. Figures: target/load/load.json and
// docs/benchmarks.md ("Page load").
// Usage: node src/test/browser/load.spec.mjs <base-url>
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { Scenario } from './harness.mjs';

const scenario = new Scenario('load');
const base = scenario.base;
const RUNS = Number(process.env.MENTORING_LOAD_RUNS || 5);
// A good mobile connection (the figures Chrome's DevTools use for "fast 4G"): 9 Mbit/s down, 1.5 Mbit/s up, 60 ms latency.
const THROTTLED = { offline: false, latency: 60, downloadThroughput: 9_000_000 / 8, uploadThroughput: 1_500_000 / 8 };

/** One load of My mentoring in {@code page}: navigation timing and what every response transferred. */
async function load(page) {
    await page.goto(`${base}/plugins/servlet/mentoring/my`, { waitUntil: 'load' });
    return page.evaluate(() => {
        const nav = performance.getEntriesByType('navigation')[0];
        const statics = performance.getEntriesByType('resource').filter(r => r.name.includes('/static/'));
        const sum = (list, key) => list.reduce((total, r) => total + r[key], 0);
        return {
            domContentLoaded: Math.round(nav.domContentLoadedEventEnd),
            load: Math.round(nav.loadEventEnd),
            staticFiles: statics.length,
            staticTransferred: sum(statics, 'transferSize'),
            staticDecoded: sum(statics, 'decodedBodySize'),
            pageTransferred: nav.transferSize,
        };
    });
}

const median = values => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

await scenario.run(async () => {
    const tomas = await scenario.person('tomas');
    const signedIn = await tomas.context().storageState();
    const results = {};
    for (const [network, conditions] of [['loopback', null], ['fast 4G', THROTTLED]]) {
        const cold = [];
        const warm = [];
        for (let run = 0; run < RUNS; run++) {
            // A new context: an empty HTTP cache, but signed in.
            const context = await scenario.browser.newContext({ viewport: { width: 1280, height: 900 }, storageState: signedIn });
            const page = await context.newPage();
            if (conditions) {
                const cdp = await context.newCDPSession(page);
                await cdp.send('Network.enable');
                await cdp.send('Network.emulateNetworkConditions', conditions);
            }
            cold.push(await load(page));
            warm.push(await load(page));
            await context.close();
        }
        const summary = list => ({
            domContentLoadedMs: median(list.map(r => r.domContentLoaded)),
            loadMs: median(list.map(r => r.load)),
            staticFiles: list[0].staticFiles,
            staticKBTransferred: Math.round(median(list.map(r => r.staticTransferred)) / 1024),
            staticKBDecoded: Math.round(median(list.map(r => r.staticDecoded)) / 1024),
        });
        results[network] = { cold: summary(cold), warm: summary(warm) };
    }
    mkdirSync('target/load', { recursive: true });
    writeFileSync('target/load/load.json', JSON.stringify({ runs: RUNS, results }, null, 2));
    console.log(`My mentoring, median of ${RUNS} loads:`);
    console.table(Object.entries(results).flatMap(([network, r]) => [
        { network, cache: 'cold', ...r.cold }, { network, cache: 'warm', ...r.warm }]));

    if (process.env.MENTORING_LOAD_REPORT_ONLY) {
        return;
    }
    const loopback = results.loopback;
    assert.ok(loopback.cold.staticKBTransferred * 3 < loopback.cold.staticKBDecoded,
        `static CSS/JS go out compressed: ${loopback.cold.staticKBTransferred} KB for ${loopback.cold.staticKBDecoded} KB`);
    assert.equal(loopback.warm.staticKBTransferred, 0, 'a warm load fetches no static file again');
    assert.equal(results['fast 4G'].warm.staticKBTransferred, 0, 'a warm load fetches no static file again');
});
