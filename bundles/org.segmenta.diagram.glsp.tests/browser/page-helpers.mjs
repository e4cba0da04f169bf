/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
// What the browser scripts do to a diagram page: open it, wait for it to settle, take screenshots,
// find and click nodes. Every query looks into the shown diagram (#segmenta-diagram), never into
// the hidden copy GLSP measures text in, which holds elements with the same ids.
import { join } from 'node:path';

/** Opens the page and waits until the diagram and the palette are shown; console errors go to `errors`. */
export async function openDiagram(browser, url, errors) {
    const page = await browser.newPage();
    page.on('console', message => {
        if (message.type() === 'error') {
            errors.push(message.text());
        }
    });
    page.on('pageerror', error => errors.push(String(error)));
    await page.setViewport({ width: 1400, height: 900, deviceScaleFactor: 1 });
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForFunction(() => window.segmentaDiagramReady === true && document.querySelectorAll('#segmenta-diagram g.segmenta-node').length > 0,
        { timeout: 30000 });
    await page.waitForSelector('.tool-palette .tool-button', { timeout: 30000 });
    await settle(page);
    return page;
}

export async function shot(page, folder, name) {
    await page.screenshot({ path: join(folder, `${name}.png`) });
}

/** Lets the client finish rendering (model updates arrive asynchronously). */
export async function settle(page) {
    await page.evaluate(() => new Promise(resolve => requestAnimationFrame(() => setTimeout(resolve, 300))));
}

/** Switches a layer on (by its id) unless it is on, and waits for its nodes. */
export async function switchLayerOn(page, layer) {
    if (await page.$(`input[data-layer="${layer}"]:checked`)) {
        return;
    }
    const nodes = await page.$$eval('#segmenta-diagram g.segmenta-node', all => all.length);
    await page.click(`input[data-layer="${layer}"]`);
    await page.waitForFunction(count => document.querySelectorAll('#segmenta-diagram g.segmenta-node').length > count, { timeout: 15000 }, nodes);
    await page.evaluate(() => window.segmentaDiagram.fit());
    await settle(page);
}

/** Brings the node with this GModel id into the middle of the view and gives its shape's box on the page. */
export async function nodeBox(page, gmodelId) {
    await page.evaluate(id => window.segmentaDiagram.center([id]), gmodelId);
    await settle(page);
    const box = await page.evaluate(id => {
        const element = document.querySelector(`#segmenta-diagram [id="segmenta-diagram_${id}"]`);
        const shape = element?.querySelector('.segmenta-shape');
        if (!shape) {
            return null;
        }
        const rect = shape.getBoundingClientRect();
        return { x: rect.x, y: rect.y, width: rect.width, height: rect.height };
    }, gmodelId);
    if (!box) {
        throw new Error(`no node ${gmodelId} on the page`);
    }
    return box;
}

/** Clicks the node with the given GModel id (the client's DOM id is "<base div>_<id>"). */
export async function clickNode(page, gmodelId) {
    await clickDomNode(page, `segmenta-diagram_${gmodelId}`);
}

export async function clickDomNode(page, domId) {
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

/** Waits until a node with this label is shown; the client draws only what is in view, so it zooms to fit. */
export async function waitForLabel(page, text, present = true) {
    const end = Date.now() + 15000;
    while (Date.now() < end) {
        await page.evaluate(() => window.segmentaDiagram.fit());
        await settle(page);
        const shown = await page.evaluate(label => [...document.querySelectorAll('#segmenta-diagram text.segmenta-label')].some(t => t.textContent === label), text);
        if (shown === present) {
            return;
        }
    }
    throw new Error(`no node labelled '${text}' ${present ? 'appeared' : 'went away'}`);
}
