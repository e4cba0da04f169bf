/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
// What the browser scripts do to a diagram page: open it, wait for it to settle, take screenshots,
// find and click nodes. Every query looks into the shown diagram (#segmenta-diagram), never into
// the hidden copy GLSP measures text in, which holds elements with the same ids.
import { copyFileSync, existsSync, mkdirSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';

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

/**
 * The snapshot function of a scenario ({ modelFile, diagramFile, snapshots }): it saves from the
 * page and copies the model and diagram file into the next numbered folder, whose name it adds to
 * `seen.steps`.
 */
export function snapshots(scenario, seen) {
    let stepNumber = 0;
    return async (page, name) => {
        await settle(page);
        const before = existsSync(scenario.modelFile) ? statSync(scenario.modelFile).mtimeMs : 0;
        await page.evaluate(() => window.segmentaDiagram.dispatch({ kind: 'saveModel' }));
        const end = Date.now() + 15000;
        while (statSync(scenario.modelFile).mtimeMs === before || !existsSync(scenario.diagramFile)) {
            if (Date.now() > end) {
                throw new Error(`saving after '${name}' did not write ${scenario.modelFile}`);
            }
            await new Promise(resolve => setTimeout(resolve, 100));
        }
        await new Promise(resolve => setTimeout(resolve, 200));
        const folder = join(scenario.snapshots, `${String(++stepNumber).padStart(2, '0')}-${name}`);
        mkdirSync(folder, { recursive: true });
        copyFileSync(scenario.modelFile, join(folder, basename(scenario.modelFile)));
        copyFileSync(scenario.diagramFile, join(folder, basename(scenario.diagramFile)));
        seen.steps.push(basename(folder));
    };
}

export async function focusDiagram(page) {
    await page.evaluate(() => document.querySelector('#segmenta-diagram svg').focus());
}

export async function undo(page) {
    await focusDiagram(page);
    await page.keyboard.down('Control');
    await page.keyboard.press('KeyZ');
    await page.keyboard.up('Control');
    await settle(page);
}

/** Presses Ctrl and the key on the diagram. */
export async function ctrl(page, key) {
    await focusDiagram(page);
    await page.keyboard.down('Control');
    await page.keyboard.press(key);
    await page.keyboard.up('Control');
    await settle(page);
}

/** Clicks on the middle of an edge's line (near it where a dash leaves a gap), as a user selects it (the edit tool then shows its end handles). */
export async function clickEdge(page, edgeId) {
    const point = await page.evaluate(id => {
        const path = document.querySelector(`#segmenta-diagram [id="segmenta-diagram_${id}"] path`);
        if (!path) {
            return null;
        }
        const m = path.getScreenCTM();
        const total = path.getTotalLength();
        // from the middle outwards, the first point the line is painted at (dashes have gaps)
        for (let offset = 0; offset < total / 2; offset += 1) {
            for (const length of [total / 2 + offset, total / 2 - offset]) {
                const at = path.getPointAtLength(length);
                const point = { x: m.a * at.x + m.c * at.y + m.e, y: m.b * at.x + m.d * at.y + m.f };
                if (document.elementFromPoint(point.x, point.y) === path) {
                    return point;
                }
            }
        }
        return null;
    }, edgeId);
    if (!point) {
        throw new Error(`no edge ${edgeId} on the page`);
    }
    await page.mouse.click(point.x, point.y);
    await settle(page);
}

/** The node's box without moving the view (it must be in view already), else after centring it. */
export async function boxInView(page, gmodelId) {
    const box = await page.evaluate(id => {
        const rect = document.querySelector(`#segmenta-diagram [id="segmenta-diagram_${id}"] .segmenta-shape`)?.getBoundingClientRect();
        return rect && rect.width > 0 && rect.x > 0 && rect.y > 90 && rect.right < window.innerWidth - 250 && rect.bottom < window.innerHeight
            ? { x: rect.x, y: rect.y, width: rect.width, height: rect.height } : null;
    }, gmodelId);
    return box ?? nodeBox(page, gmodelId);
}

/** The node's box as the page shows it now, without moving the view. */
export async function boxAsShown(page, gmodelId) {
    const box = await page.evaluate(id => {
        const rect = document.querySelector(`#segmenta-diagram [id="segmenta-diagram_${id}"] .segmenta-shape`)?.getBoundingClientRect();
        return rect && rect.width > 0 ? { x: rect.x, y: rect.y, width: rect.width, height: rect.height } : null;
    }, gmodelId);
    if (!box) {
        throw new Error(`no node ${gmodelId} in view`);
    }
    return box;
}

export function centre(box) {
    return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

/** Drags with the mouse from one point to another; with SEGMENTA_DRAG_SHOTS set, a screenshot into `screenshots` before letting go. */
export async function dragBetween(page, from, to, screenshots) {
    await page.mouse.move(from.x, from.y, { steps: 3 });
    await page.mouse.down();
    await page.mouse.move((from.x + to.x) / 2, (from.y + to.y) / 2, { steps: 8 });
    await page.mouse.move(to.x, to.y, { steps: 8 });
    await settle(page);
    if (process.env.SEGMENTA_DRAG_SHOTS && screenshots) {
        await shot(page, screenshots, `drag-${Date.now()}`);
    }
    await page.mouse.up();
    await settle(page);
}

/** Presses Alt+Shift and the key on the diagram. */
export async function altShift(page, key) {
    await focusDiagram(page);
    await page.keyboard.down('Alt');
    await page.keyboard.down('Shift');
    await page.keyboard.press(key);
    await page.keyboard.up('Shift');
    await page.keyboard.up('Alt');
    await settle(page);
}

/** Picks the palette tool with this label. */
export async function clickTool(page, label) {
    // the palette is drawn again when a model update arrives; a button taken from the old one is
    // detached by then, so the button is looked up again until the click lands
    for (let attempt = 0; ; attempt++) {
        try {
            for (const button of await page.$$('.tool-palette .tool-button')) {
                if ((await button.evaluate(element => element.textContent.trim())) === label) {
                    await button.click();
                    return;
                }
            }
            throw new Error(`no palette tool '${label}'`);
        } catch (error) {
            if (attempt >= 4 || !/detached/i.test(error.message)) {
                throw error;
            }
            await settle(page);
        }
    }
}

/** Double-clicks a label and tells whether the label editor opened. */
export async function doubleClickLabel(page, labelId) {
    const node = labelId.substring(0, labelId.indexOf('#'));
    await nodeBox(page, node);
    const box = await page.evaluate(id => {
        const rect = document.querySelector(`#segmenta-diagram [id="segmenta-diagram_${id}"]`)?.getBoundingClientRect();
        return rect ? { x: rect.x + rect.width / 2, y: rect.y + rect.height / 2 } : null;
    }, labelId);
    if (!box) {
        throw new Error(`no label ${labelId} on the page`);
    }
    await page.mouse.click(box.x, box.y, { count: 2 });
    await settle(page);
    return page.evaluate(() => {
        const editor = document.querySelector('.label-edit');
        return !!editor && getComputedStyle(editor).display !== 'none' && getComputedStyle(editor).visibility !== 'hidden'
            && [...editor.querySelectorAll('input, textarea')].includes(document.activeElement);
    });
}

/** A point on the empty canvas, clear of nodes, edges, the toolbar and the palette. */
export function emptySpot(page) {
    return page.evaluate(() => {
        const graph = document.querySelector('#segmenta-diagram svg');
        for (let y = window.innerHeight - 40; y > 120; y -= 40) {
            for (let x = 40; x < window.innerWidth - 300; x += 40) {
                const top = document.elementFromPoint(x, y);
                if (top === graph || top?.parentElement === graph) {
                    return { x, y };
                }
            }
        }
        throw new Error('no empty spot on the canvas');
    });
}
