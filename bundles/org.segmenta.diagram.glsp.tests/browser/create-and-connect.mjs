/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
// Drives the diagram page in Chromium as a user would: picks a create tool in the palette, clicks
// into a container node to create an element, then picks a connect tool and drags an edge from the
// new node to a target node; finally picks the palette's deletion tool and clicks a node to delete
// it. Screenshots go to the given folder. The Java test that starts the server and runs this script
// checks the EMF model afterwards.
//
// node create-and-connect.mjs SCENARIO.json
// SCENARIO: { url, screenshots, name, layers, createTool, container, newLabel, connectTool, target, deleted }
// (layers: ids of layers to switch on first, e.g. the one the target node is on)
import { readFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { launchChromium } from './chromium.mjs';

// every query looks into the shown diagram (#segmenta-diagram), never into the hidden copy GLSP
// measures text in, which holds elements with the same ids

const scenario = JSON.parse(readFileSync(process.argv[2], 'utf8'));
mkdirSync(scenario.screenshots, { recursive: true });

const browser = await launchChromium();
const consoleErrors = [];
try {
    const page = await browser.newPage();
    page.on('console', message => {
        if (message.type() === 'error') {
            consoleErrors.push(message.text());
        }
    });
    page.on('pageerror', error => consoleErrors.push(String(error)));
    await page.setViewport({ width: 1400, height: 900, deviceScaleFactor: 1 });
    await page.goto(scenario.url, { waitUntil: 'load' });
    await page.waitForFunction(() => window.segmentaDiagramReady === true && document.querySelectorAll('#segmenta-diagram g.segmenta-node').length > 0,
        { timeout: 30000 });
    await page.waitForSelector('.tool-palette .tool-button', { timeout: 30000 });
    await settle(page);
    await shot(page, `${scenario.name}-opened`);
    for (const layer of scenario.layers ?? []) {
        const nodes = await page.$$eval('#segmenta-diagram g.segmenta-node', all => all.length);
        if (await page.$(`input[data-layer="${layer}"]:checked`)) {
            continue;
        }
        await page.click(`input[data-layer="${layer}"]`);
        await page.waitForFunction(count => document.querySelectorAll('#segmenta-diagram g.segmenta-node').length > count, { timeout: 15000 }, nodes);
        await page.evaluate(() => window.segmentaDiagram.fit());
        await settle(page);
    }

    // create: the tool, then a click into the container node
    await clickTool(page, scenario.createTool);
    await clickNode(page, scenario.container);
    await waitForLabel(page, scenario.newLabel);
    await shot(page, `${scenario.name}-created`);
    const created = await page.evaluate(text => {
        const label = [...document.querySelectorAll('#segmenta-diagram text.segmenta-label')].find(t => t.textContent === text);
        return label.closest('g.segmenta-node').closest('[id]').id;
    }, scenario.newLabel);

    // connect: the tool, then the new node and the target
    const edgesBefore = await page.$$eval('#segmenta-diagram g.sprotty-edge', edges => edges.length);
    await clickTool(page, scenario.connectTool);
    await clickDomNode(page, created);
    await clickNode(page, scenario.target);
    await page.waitForFunction(count => document.querySelectorAll('#segmenta-diagram g.sprotty-edge').length > count, { timeout: 15000 }, edgesBefore);
    await settle(page);
    await shot(page, `${scenario.name}-connected`);

    await page.click('.tool-palette [title="Enable deletion tool"]');
    await clickNode(page, scenario.deleted);
    await page.waitForFunction(id => !document.querySelector(`#segmenta-diagram [id="${id}"]`), { timeout: 15000 },
        `segmenta-diagram_${scenario.deleted}`);
    await settle(page);
    await shot(page, `${scenario.name}-deleted`);
    console.log(JSON.stringify({ created, edgesBefore, consoleErrors }));
} catch (error) {
    const pages = await browser.pages();
    if (pages.length > 0) {
        await shot(pages[pages.length - 1], `${scenario.name}-failure`);
    }
    console.error(`${error.message}\nconsole errors: ${JSON.stringify(consoleErrors)}`);
    process.exitCode = 1;
} finally {
    await browser.close();
}

/** Waits until a node with this label is shown; the client draws only what is in view, so it zooms to fit. */
async function waitForLabel(page, text) {
    const end = Date.now() + 15000;
    while (Date.now() < end) {
        await page.evaluate(() => window.segmentaDiagram.fit());
        await settle(page);
        if (await page.evaluate(label => [...document.querySelectorAll('#segmenta-diagram text.segmenta-label')].some(t => t.textContent === label), text)) {
            return;
        }
    }
    throw new Error(`no node labelled '${text}' appeared`);
}

async function shot(page, name) {
    await page.screenshot({ path: join(scenario.screenshots, `${name}.png`) });
}

/** Lets the client finish rendering (model updates arrive asynchronously). */
async function settle(page) {
    await page.evaluate(() => new Promise(resolve => requestAnimationFrame(() => setTimeout(resolve, 300))));
}

async function clickTool(page, label) {
    const buttons = await page.$$('.tool-palette .tool-button');
    for (const button of buttons) {
        if ((await button.evaluate(element => element.textContent.trim())) === label) {
            await button.click();
            return;
        }
    }
    throw new Error(`no palette tool '${label}'`);
}

/** Clicks the node with the given GModel id (the client's DOM id is "<base div>_<id>"). */
async function clickNode(page, gmodelId) {
    await clickDomNode(page, `segmenta-diagram_${gmodelId}`);
}

async function clickDomNode(page, domId) {
    // bring the node into the middle of the view, clear of the palette and the layer switches
    await page.evaluate(id => window.segmentaDiagram.center([id.substring('segmenta-diagram_'.length)]), domId);
    await settle(page);
    const box = await page.evaluate(id => {
        const element = document.querySelector(`#segmenta-diagram [id="${id}"]`);
        if (!element) {
            return null;
        }
        const rect = element.querySelector('.segmenta-shape').getBoundingClientRect();
        // a node listing rows is clicked on its left margin, beside the rows (which are nodes of their own)
        const rows = element.querySelector('g.segmenta-node');
        return { x: rows ? rect.x + 5 : rect.x + rect.width / 2, y: rect.y + rect.height * 0.75 };
    }, domId);
    if (!box) {
        throw new Error(`no node ${domId} on the page`);
    }
    await page.mouse.move(box.x, box.y, { steps: 4 });
    await page.mouse.down();
    await page.mouse.up();
}
