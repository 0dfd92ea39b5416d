// Times the workspace as a planner meets it, in Chromium (Playwright drives the system's browser):
//   1. interactive: navigation start to the plan grid, the headline and the charts of the latest version drawn;
//   2. a cell edit: Save clicked to the grid, the headline and the charts of the new version drawn.
// Usage: npm install && node workspace.mjs [base URL] [loads] [edits]   (the app running, demo users on)
import {chromium} from 'playwright-core';

const base = process.argv[2] || 'http://localhost:8080';
const loads = Number(process.argv[3] || 10);
const edits = Number(process.argv[4] || 20);
const chromiumPath = process.env.JEVONS_CHROMIUM || '/usr/bin/chromium';
const auth = 'Basic ' + Buffer.from('planner:jevons').toString('base64');

function percentile(values, p) {
    const sorted = [...values].sort((a, b) => a - b);
    return sorted[Math.min(sorted.length - 1, Math.ceil(p / 100 * sorted.length) - 1)];
}

function report(name, values) {
    console.log(`${name}: n=${values.length} p50=${percentile(values, 50).toFixed(0)} ms `
        + `p95=${percentile(values, 95).toFixed(0)} ms max=${Math.max(...values).toFixed(0)} ms`);
}

/** A scenario of its own, from the default, so the benchmark leaves the demo as it was. */
async function scenario() {
    const response = await fetch(base + '/api/scenarios', {
        method: 'POST', headers: {'Content-Type': 'application/json', Authorization: auth},
        body: JSON.stringify({name: 'Browser benchmark ' + new Date().toISOString(), firstQuarter: '2024Q1',
            lastQuarter: '2030Q4', fromDefault: true, reason: 'browser benchmark'})
    });
    if (!response.ok) {
        throw new Error('cannot create a scenario: HTTP ' + response.status + ' ' + await response.text());
    }
    return (await response.json()).scenarioId;
}

/** The grid, the headline and the charts all show {@code version} (a function: the pages' CSP allows no eval). */
const drawn = version => document.querySelector('#plan-grid')?.dataset.shown === version
    && document.querySelector('#headline')?.dataset.version === version
    && document.getElementById('workspace')?.dataset.chartVersion === version;

const browser = await chromium.launch({executablePath: chromiumPath, args: ['--no-sandbox']});
const context = await browser.newContext({viewport: {width: 1440, height: 1000}});
const page = await context.newPage();
await page.goto(base + '/login');
await page.fill('#username', 'planner');
await page.fill('#password', 'jevons');
await page.click('button[type=submit]');
await page.waitForURL('**/scenarios');
const id = await scenario();
const url = base + '/scenarios/' + id;

const interactive = [];
for (let i = 0; i < loads + 1; i++) {
    await page.goto(url);
    const version = await page.locator('#workspace').getAttribute('data-version');
    await page.waitForFunction(drawn, version, {timeout: 30_000});
    const ms = await page.evaluate(() => performance.now());
    if (i > 0) { // the first load fills the browser's cache, as a planner's first visit of the day does
        interactive.push(ms);
    }
}
report('workspace interactive after navigation', interactive);

const saves = [];
let version = Number(await page.locator('#plan-grid').getAttribute('data-shown'));
for (let i = 0; i < edits; i++) {
    const cell = page.locator('#plan-grid [aria-label^="Demand growth, 2027Q1:"]');
    await cell.click();
    await page.keyboard.press('Enter');
    await page.locator('input.cell-editor').fill(String(5 + (i % 2))); // differs from the value before
    await page.keyboard.press('Enter');
    await page.fill('#plan-reason', 'benchmark edit ' + i);
    const start = await page.evaluate(() => performance.now());
    await page.click('#plan-save');
    version += 1;
    await page.waitForFunction(drawn, String(version), {timeout: 30_000});
    saves.push(await page.evaluate(() => performance.now()) - start);
}
report('cell edit saved to grid, headline and charts redrawn', saves);
await browser.close();
