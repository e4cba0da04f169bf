/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
// Notes as a user makes them: the palette's Note on the empty canvas, its text written in place
// (two lines, Shift+Enter between them), the palette's Note link from the note to a node, the
// link's node end dragged to another node and that undone; then the link and the text undone. After each step the page saves and the model and diagram files are copied into a
// numbered folder of `snapshots`; the Java test reads them. Prints one JSON line with what it saw.
//
// node notes.mjs SCENARIO.json
// SCENARIO: { url, modelFile, diagramFile, screenshots, snapshots, note, firstLine, secondLine, target,
//             newTarget, noteTool, linkTool }
import { mkdirSync, readFileSync } from 'node:fs';
import { launchChromium } from './chromium.mjs';
import {
    boxAsShown, centre, clickDomNode, clickEdge, clickNode, clickTool, doubleClickLabel, dragBetween, emptySpot, openDiagram, settle, shot, snapshots,
    undo
} from './page-helpers.mjs';

const scenario = JSON.parse(readFileSync(process.argv[2], 'utf8'));
for (const folder of [scenario.screenshots, scenario.snapshots]) {
    mkdirSync(folder, { recursive: true });
}
const seen = { steps: [], consoleErrors: [] };
const snapshot = snapshots(scenario, seen);

const browser = await launchChromium();
try {
    const page = await openDiagram(browser, scenario.url, seen.consoleErrors);

    await clickTool(page, scenario.noteTool);
    const spot = await emptySpot(page);
    await page.mouse.click(spot.x, spot.y);
    await waitFor(page, `segmenta-diagram_${scenario.note}`);
    seen.folded = await page.evaluate(id => !!document.querySelector(`#segmenta-diagram [id="${id}"] .segmenta-note-fold`),
        `segmenta-diagram_${scenario.note}`);
    await snapshot(page, 'note-created');

    seen.editOpened = await doubleClickLabel(page, `${scenario.note}#name`);
    await page.keyboard.type(scenario.firstLine);
    await page.keyboard.down('Shift');
    await page.keyboard.press('Enter');
    await page.keyboard.up('Shift');
    await page.keyboard.type(scenario.secondLine);
    await page.keyboard.press('Enter');
    await page.waitForFunction((id, line) => [...document.querySelectorAll(`#segmenta-diagram [id="${id}"] tspan`)].some(t => t.textContent === line),
        { timeout: 15000 }, `segmenta-diagram_${scenario.note}#name`, scenario.secondLine);
    await shot(page, scenario.screenshots, 'notes-written');
    await snapshot(page, 'note-written');

    await clickTool(page, scenario.linkTool);
    await clickDomNode(page, `segmenta-diagram_${scenario.note}`);
    await clickNode(page, scenario.target);
    await waitFor(page, `segmenta-diagram_note-link:${scenario.note.substring('note:'.length)}:${scenario.target}`);
    await shot(page, scenario.screenshots, 'notes-linked');
    await snapshot(page, 'note-linked');

    // the link's node end dragged to another node, with the whole diagram in view; then undone
    const link = `note-link:${scenario.note.substring('note:'.length)}:${scenario.target}`;
    await page.evaluate(() => window.segmentaDiagram.fit());
    await settle(page);
    const oldEnd = centre(await boxAsShown(page, scenario.target));
    // dropped on the new node's top margin, clear of the rows it lists (nodes of their own)
    const newBox = await boxAsShown(page, scenario.newTarget);
    const newEnd = { x: newBox.x + newBox.width / 2, y: newBox.y + 6 };
    await clickEdge(page, link);
    const handles = await page.evaluate(id => [...(document.querySelector(`#segmenta-diagram [id="segmenta-diagram_${id}"]`)
        ?.querySelectorAll('.sprotty-routing-handle') ?? [])].map(h => h.getBoundingClientRect()).map(r => ({ x: r.x + r.width / 2, y: r.y + r.height / 2 })),
        link);
    if (handles.length === 0) {
        throw new Error(`the link ${link} shows no handles to drag`);
    }
    // the node end is the handle nearest the node
    const distance = point => Math.hypot(point.x - oldEnd.x, point.y - oldEnd.y);
    const end = handles.reduce((nearest, point) => (distance(point) < distance(nearest) ? point : nearest));
    await dragBetween(page, end, newEnd, scenario.screenshots);
    await waitFor(page, `segmenta-diagram_note-link:${scenario.note.substring('note:'.length)}:${scenario.newTarget}`);
    await shot(page, scenario.screenshots, 'notes-reconnected');
    await snapshot(page, 'link-reconnected');
    await undo(page);
    await waitFor(page, `segmenta-diagram_${link}`);
    await snapshot(page, 'reconnect-undone');

    await undo(page);
    await snapshot(page, 'link-undone');
    await undo(page);
    await snapshot(page, 'text-undone');
} catch (error) {
    const pages = await browser.pages();
    if (pages.length > 0) {
        await shot(pages[pages.length - 1], scenario.screenshots, 'notes-failure');
    }
    console.error(`${error.message}\nconsole errors: ${JSON.stringify(seen.consoleErrors)}`);
    process.exitCode = 1;
} finally {
    await browser.close();
}
console.log(JSON.stringify(seen));

async function waitFor(page, domId) {
    await page.waitForFunction(id => {
        window.segmentaDiagram.fit();
        return !!document.querySelector(`#segmenta-diagram [id="${id}"]`);
    }, { timeout: 15000, polling: 300 }, domId);
    await settle(page);
}
