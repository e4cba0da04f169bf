/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
// Drives drawing aids in the diagram page, in Chromium: a node dragged with snap to grid off ends
// where the mouse let go, with it on (the toolbar's switch) on the grid; Alt+Shift+G switches it
// off again. Then an edge is bent by hand (a bend's routing handle dragged), its target node moved,
// both undone, bent again and Arrange all run. After each step the page saves and the model and diagram files are copied into a
// numbered folder of `snapshots`; the Java test reads them. Prints one JSON line with what it saw.
//
// node drawing.mjs SCENARIO.json
// SCENARIO: { url, modelFile, diagramFile, screenshots, snapshots, snap: { node, dx, dy },
//   bend: { edge, target, dx, dy, nodeDy } }
import { mkdirSync, readFileSync } from 'node:fs';
import { launchChromium } from './chromium.mjs';
import { altShift, boxInView, clickEdge, dragBetween, openDiagram, settle, shot, snapshots, undo } from './page-helpers.mjs';

const scenario = JSON.parse(readFileSync(process.argv[2], 'utf8'));
for (const folder of [scenario.screenshots, scenario.snapshots]) {
    mkdirSync(folder, { recursive: true });
}
const seen = { steps: [], consoleErrors: [] };
const snapshot = snapshots(scenario, seen);

const browser = await launchChromium();
try {
    const page = await openDiagram(browser, scenario.url, seen.consoleErrors);
    // at 100 %, so that a drag of n pixels moves the node by n
    await page.click('.segmenta-toolbar [data-command="actual-size"]');
    await settle(page);

    // snap to grid off (as a diagram opens): the node lands where the mouse lets go
    const { node, dx, dy } = scenario.snap;
    seen.snapAtStart = await snapState(page);
    seen.freeFrom = await position(page, node);
    await dragBy(page, node, dx, dy);
    seen.freeTo = await position(page, node);
    await snapshot(page, 'moved-free');

    // switched on in the toolbar: the grid shows and the drag ends on it
    await page.click('.segmenta-toolbar [data-command="snap-to-grid"]');
    await settle(page);
    seen.snapAfterClick = await snapState(page);
    await shot(page, scenario.screenshots, 'drawing-grid');
    seen.snappedFrom = await position(page, node);
    await dragBy(page, node, dx, dy);
    seen.snappedTo = await position(page, node);
    await shot(page, scenario.screenshots, 'drawing-snapped');
    await snapshot(page, 'moved-snapped');

    // and off again with its key
    await altShift(page, 'KeyG');
    seen.snapAfterKey = await snapState(page);

    // an edge bent by hand: select it, drag its first bend's handle
    const bend = scenario.bend;
    seen.bendFrom = await bendPoint(page, bend.edge);
    seen.bendTo = { x: seen.bendFrom.x + bend.dx, y: seen.bendFrom.y + bend.dy };
    await dragBend(page, bend.edge, bend.dx, bend.dy);
    await shot(page, scenario.screenshots, 'drawing-bent');
    await snapshot(page, 'bent');
    // its target moved: the bend stays
    await dragBy(page, bend.target, 0, bend.nodeDy);
    await shot(page, scenario.screenshots, 'drawing-bent-node-moved');
    await snapshot(page, 'bent-node-moved');
    await undo(page);
    await snapshot(page, 'node-move-undone');
    await undo(page);
    await snapshot(page, 'bend-undone');
    // bent again, then Arrange all lays the edge out anew
    await dragBend(page, bend.edge, bend.dx, bend.dy);
    await snapshot(page, 'bent-again');
    await page.click('.segmenta-toolbar [data-command="arrange-all"]');
    await settle(page);
    await snapshot(page, 'arranged');
    console.log(JSON.stringify(seen));
} catch (error) {
    const pages = await browser.pages();
    if (pages.length > 0) {
        await shot(pages[pages.length - 1], scenario.screenshots, 'drawing-failure');
    }
    console.error(`${error.stack}\nseen: ${JSON.stringify(seen)}`);
    process.exitCode = 1;
} finally {
    await browser.close();
}

/** Whether the toolbar shows snapping on, and whether the canvas shows the grid. */
function snapState(page) {
    return page.evaluate(() => ({
        pressed: document.querySelector('.segmenta-toolbar [data-command="snap-to-grid"]')?.getAttribute('aria-pressed') === 'true',
        grid: document.querySelector('#segmenta-diagram svg')?.classList.contains('grid-background') === true
    }));
}

/** The node's position as the client draws it (its group's translation), in diagram coordinates. */
function position(page, gmodelId) {
    return page.evaluate(id => {
        const group = document.querySelector(`#segmenta-diagram [id="segmenta-diagram_${id}"]`);
        const match = /translate\(\s*([-\d.e]+)[ ,]+([-\d.e]+)\s*\)/.exec(group?.getAttribute('transform') ?? '');
        return match ? { x: Number(match[1]), y: Number(match[2]) } : null;
    }, gmodelId);
}

/** The first bend of the edge, as its routing handle is drawn (diagram coordinates), once the edge is selected. */
async function bendPoint(page, edgeId) {
    // the edge in the middle of the view: between its nodes
    await page.evaluate(id => {
        const [source, target] = id.substring(id.indexOf(':') + 1).split('->');
        return window.segmentaDiagram.center([source, target]);
    }, edgeId);
    await settle(page);
    await clickEdge(page, edgeId);
    const point = await page.evaluate(id => {
        const handle = document.querySelector(`#segmenta-diagram [id="segmenta-diagram_${id}"] .sprotty-routing-handle[data-kind="junction"]`);
        return handle ? { x: Number(handle.getAttribute('cx')), y: Number(handle.getAttribute('cy')) } : null;
    }, edgeId);
    if (!point) {
        throw new Error(`the edge ${edgeId} shows no bend to drag`);
    }
    return point;
}

/** Selects the edge and drags its first bend's handle by dx, dy pixels. */
async function dragBend(page, edgeId, dx, dy) {
    await bendPoint(page, edgeId);
    const from = await page.evaluate(id => {
        const box = document.querySelector(`#segmenta-diagram [id="segmenta-diagram_${id}"] .sprotty-routing-handle[data-kind="junction"]`)
            .getBoundingClientRect();
        return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
    }, edgeId);
    await dragBetween(page, from, { x: from.x + dx, y: from.y + dy }, scenario.screenshots);
    await settle(page);
}

/** Drags the node by its top margin (clear of what it holds, left of where edges meet it in the middle) by dx, dy pixels. */
async function dragBy(page, gmodelId, dx, dy) {
    const box = await boxInView(page, gmodelId);
    const from = { x: box.x + 12, y: box.y + 5 };
    await dragBetween(page, from, { x: from.x + dx, y: from.y + dy }, scenario.screenshots);
    await settle(page);
}
