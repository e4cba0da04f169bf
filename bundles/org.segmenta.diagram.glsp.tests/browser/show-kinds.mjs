/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
// Opens each diagram page in Chromium, fits the diagram to the window and saves a screenshot;
// prints, per page, how many nodes, edges and labels were drawn and what the console reported.
//
// node show-kinds.mjs SCENARIO.json
// SCENARIO: { pages: [{ name, url }], screenshots }
import { readFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { launchChromium } from './chromium.mjs';

const scenario = JSON.parse(readFileSync(process.argv[2], 'utf8'));
mkdirSync(scenario.screenshots, { recursive: true });
const browser = await launchChromium();
const results = [];
try {
    for (const { name, url } of scenario.pages) {
        const page = await browser.newPage();
        const errors = [];
        page.on('console', message => message.type() === 'error' && errors.push(message.text()));
        page.on('pageerror', error => errors.push(String(error)));
        await page.setViewport({ width: 1400, height: 900, deviceScaleFactor: 1 });
        await page.goto(url, { waitUntil: 'load' });
        await page.waitForFunction(() => window.segmentaDiagramReady === true, { timeout: 30000 });
        await page.evaluate(() => window.segmentaDiagram.fit());
        await page.evaluate(() => new Promise(resolve => requestAnimationFrame(() => setTimeout(resolve, 500))));
        await page.screenshot({ path: join(scenario.screenshots, `${name}.png`) });
        const drawn = await page.evaluate(() => ({
            nodes: document.querySelectorAll('g.segmenta-node').length,
            edges: document.querySelectorAll('g.sprotty-edge').length,
            labels: [...document.querySelectorAll('text.segmenta-label')].map(label => label.textContent)
        }));
        results.push({ name, ...drawn, errors });
        await page.close();
    }
    console.log(JSON.stringify(results));
} finally {
    await browser.close();
}
