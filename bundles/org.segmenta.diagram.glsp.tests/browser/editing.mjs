/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
// Drives the editing a user reaches for in the diagram page, in Chromium: direct edit (where a
// rename tool applies, and not on a row), cut (not bound) and copy, reconnecting an edge by
// dragging its end, the context menu on the canvas and on a node (a tool, delete from model,
// align, distribute, export), the toolbar and its keys (zoom, 100 %, fit, arrange all, export) and reparenting
// by drag and drop (refused into a node's own sub-segment, then a sub-segment onto another segment
// and a sub-community into another community), hide (from the menu and by key), show hidden
// elements, remove from diagram and pin with Arrange all, duplicate (Ctrl+D) in the segment tree, and
// copy and paste (Ctrl+C, Ctrl+V) on the persona board, refused onto another card. After each action, and after undoing it with
// Ctrl+Z, the page saves (as Ctrl+S does) and the model and diagram files are copied into a
// numbered folder of `snapshots`; the Java test reads them. Screenshots go to `screenshots`,
// exported images to `downloads`. Prints one JSON line with what it saw.
//
// node editing.mjs SCENARIO.json
// SCENARIO: { url, communityUrl, modelFile, diagramFile, screenshots, snapshots, downloads,
//   rename: { node, row, name }, reconnect: { edge, newTarget, newEdge },
//   menuDelete, personas: [a, b], distributed: [a, b, c], reparent: { refusedNode, refusedTarget, node, target, edge },
//   community: { node, target }, visibility: { hide, remove, pin }, personaUrl,
//   duplicate: { node, label }, paste: { node, label, refusedTarget } }
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { launchChromium } from './chromium.mjs';
import {
    altShift, boxAsShown, boxInView, centre, clickEdge, ctrl, doubleClickLabel, dragBetween, emptySpot, focusDiagram, nodeBox, openDiagram, settle, shot, snapshots, switchLayerOn, undo,
    waitForLabel
} from './page-helpers.mjs';

const scenario = JSON.parse(readFileSync(process.argv[2], 'utf8'));
for (const folder of [scenario.screenshots, scenario.snapshots, scenario.downloads]) {
    mkdirSync(folder, { recursive: true });
}
const seen = { steps: [], consoleErrors: [] };
const snapshot = snapshots(scenario, seen);

const browser = await launchChromium();
try {
    let page = await openDiagram(browser, scenario.url, seen.consoleErrors);
    const cdp = await page.createCDPSession();
    await cdp.send('Browser.setDownloadBehavior', { behavior: 'allow', downloadPath: scenario.downloads });
    await shot(page, scenario.screenshots, 'editing-opened');

    // direct edit: nothing opens on a row's label; a segment's name opens, and Enter renames
    seen.rowEditOpened = await doubleClickLabel(page, `${scenario.rename.row}#name`);
    await page.keyboard.press('Escape');
    seen.nameEditOpened = await doubleClickLabel(page, `${scenario.rename.node}#name`);
    await shot(page, scenario.screenshots, 'editing-direct-edit');
    await page.keyboard.down('Control');
    await page.keyboard.press('KeyA');
    await page.keyboard.up('Control');
    await page.keyboard.type(scenario.rename.name);
    await page.keyboard.press('Enter');
    await waitForLabel(page, scenario.rename.name);
    await snapshot(page, 'renamed');
    await undo(page);
    await waitForLabel(page, scenario.rename.name, false);
    await snapshot(page, 'rename-undone');

    // cut is not bound and sends nothing; copy asks the server what the selection holds, and changes nothing
    await page.evaluate(id => window.segmentaDiagram.select([id]), scenario.rename.node);
    const sentBefore = await sentActions(page);
    await focusDiagram(page);
    for (const key of ['KeyX', 'KeyC']) {
        await ctrl(page, key);
    }
    await settle(page);
    seen.clipboardKeysSent = (await sentActions(page)).slice(sentBefore.length);
    // without a workbench the keys of Show in model tree and Properties do nothing and send nothing
    const workbenchBefore = await sentActions(page);
    await focusDiagram(page);
    await page.keyboard.down('Alt');
    await page.keyboard.down('Shift');
    await page.keyboard.press('KeyW');
    await page.keyboard.up('Shift');
    await page.keyboard.press('Enter');
    await page.keyboard.up('Alt');
    await settle(page);
    seen.workbenchKeysSent = (await sentActions(page)).slice(workbenchBefore.length);
    seen.workbenchKeysSelection = await page.evaluate(() => window.segmentaDiagram.selection());

    // reconnect: drag the target end of a selected edge to another node
    await switchLayerOn(page, 'st-personas');
    await page.evaluate(() => window.segmentaDiagram.fit());
    await settle(page);
    // the whole diagram in view, so that the edge and the new end are both shown
    const target = centre(await boxAsShown(page, scenario.reconnect.newTarget));
    await clickEdge(page, scenario.reconnect.edge);
    const handle = await page.evaluate(edgeId => {
        const edge = document.querySelector(`#segmenta-diagram [id="segmenta-diagram_${edgeId}"]`);
        const handles = [...(edge?.querySelectorAll('.sprotty-routing-handle') ?? [])].map(h => h.getBoundingClientRect());
        return handles.length === 0 ? null : handles.map(r => ({ x: r.x + r.width / 2, y: r.y + r.height / 2 }));
    }, scenario.reconnect.edge);
    if (!handle) {
        throw new Error(`the edge ${scenario.reconnect.edge} shows no handles to drag`);
    }
    seen.reconnectHandles = handle.length;
    // the target end is the handle drawn last (lowest on the page here: edges run down to the personas)
    const end = handle.reduce((lowest, point) => (point.y > lowest.y ? point : lowest));
    const reconnectSent = (await sentActions(page)).length;
    await dragBetween(page, end, target, scenario.screenshots);
    seen.reconnectSent = (await sentActions(page)).slice(reconnectSent);
    await waitForElement(page, scenario.reconnect.newEdge);
    await shot(page, scenario.screenshots, 'editing-reconnected');
    await snapshot(page, 'reconnected');
    await undo(page);
    await waitForElement(page, scenario.reconnect.edge);
    await snapshot(page, 'reconnect-undone');

    // context menu on the canvas: a tool that applies there
    const empty = await emptySpot(page);
    await page.mouse.click(empty.x, empty.y, { button: 'right' });
    await page.waitForSelector('.segmenta-context-menu');
    seen.canvasMenu = await menuIds(page);
    await page.hover('.segmenta-context-menu [data-id="segmenta.new"]');
    await shot(page, scenario.screenshots, 'editing-canvas-menu');
    await page.click('.segmenta-context-menu [data-id="segmenta.new.st-new-segmentation"]');
    await waitForLabel(page, 'New segmentation');
    await snapshot(page, 'menu-created');
    await undo(page);
    await waitForLabel(page, 'New segmentation', false);
    await snapshot(page, 'menu-create-undone');

    // context menu on a node: delete from model
    // on its top margin: the middle of a segment holds its persona rows, nodes of their own
    const doomed = await boxInView(page, scenario.menuDelete);
    await page.mouse.click(doomed.x + doomed.width / 2, doomed.y + 5, { button: 'right' });
    await page.waitForSelector('.segmenta-context-menu');
    seen.nodeMenu = await menuIds(page);
    await shot(page, scenario.screenshots, 'editing-node-menu');
    await page.click('.segmenta-context-menu [data-id="segmenta.delete"]');
    await waitForElement(page, scenario.menuDelete, false);
    await snapshot(page, 'menu-deleted');
    await undo(page);
    await waitForElement(page, scenario.menuDelete);
    await snapshot(page, 'menu-delete-undone');

    // context menu on two nodes: align their top edges; then arrange all from the toolbar
    seen.twoNodeMenu = await menuOnSelection(page, scenario.personas, scenario.personas[0]);
    await page.hover('.segmenta-context-menu [data-id="segmenta.align"]');
    await page.click('.segmenta-context-menu .segmenta-submenu [data-id="top"]');
    await page.waitForFunction(ids => {
        const tops = ids.map(id => document.querySelector(`#segmenta-diagram [id="segmenta-diagram_${id}"] .segmenta-shape`)?.getBoundingClientRect().y);
        return tops.every(top => top !== undefined) && Math.abs(tops[0] - tops[1]) < 1;
    }, { timeout: 15000 }, scenario.personas);
    await snapshot(page, 'aligned');
    await page.click('.segmenta-toolbar [data-command="arrange-all"]');
    await page.waitForFunction(ids => {
        const tops = ids.map(id => document.querySelector(`#segmenta-diagram [id="segmenta-diagram_${id}"] .segmenta-shape`)?.getBoundingClientRect().y);
        return tops.some(top => top === undefined) || Math.abs(tops[0] - tops[1]) >= 1;
    }, { timeout: 15000 }, scenario.personas);
    await snapshot(page, 'arranged');
    await undo(page);
    await snapshot(page, 'arrange-undone');
    await undo(page);
    await snapshot(page, 'align-undone');

    // the toolbar's zoom buttons and the keys
    const zoom = () => page.evaluate(() => window.segmentaDiagram.zoom());
    const zooms = { start: await zoom() };
    for (const command of ['zoom-in', 'zoom-out', 'actual-size', 'fit']) {
        await page.click(`.segmenta-toolbar [data-command="${command}"]`);
        await settle(page);
        zooms[command] = await zoom();
    }
    await focusDiagram(page);
    for (const [name, key] of [['key+', '+'], ['key-', '-'], ['key0', '0']]) {
        await page.keyboard.press(key);
        await settle(page);
        zooms[name] = await zoom();
    }
    seen.zooms = zooms;
    await page.evaluate(() => window.segmentaDiagram.fit());
    const keySent = (await sentActions(page)).length;
    await focusDiagram(page);
    await page.keyboard.down('Alt');
    await page.keyboard.down('Shift');
    await page.keyboard.press('KeyL');
    await page.keyboard.up('Shift');
    await page.keyboard.up('Alt');
    await settle(page);
    seen.arrangeKeySent = (await sentActions(page)).slice(keySent);
    await undo(page);
    await shot(page, scenario.screenshots, 'editing-toolbar');

    // export: SVG from the context menu, PNG from the toolbar and from its key
    const empty2 = await emptySpot(page);
    await page.mouse.click(empty2.x, empty2.y, { button: 'right' });
    await page.waitForSelector('.segmenta-context-menu');
    await page.click('.segmenta-context-menu [data-id="segmenta.export-svg"]');
    await waitForDownload(scenario.downloads, '.svg');
    await page.click('.segmenta-toolbar [data-command="export-png"]');
    await waitForDownload(scenario.downloads, '.png');
    seen.exports = await page.evaluate(() => window.segmentaExports);

    // reparent: refused into the node's own sub-segment, with the reason shown; then onto another segment
    await page.evaluate(() => window.segmentaDiagram.fit());
    await settle(page);
    await dragNode(page, scenario.reparent.refusedNode, scenario.reparent.refusedTarget);
    await page.waitForSelector('.segmenta-notice', { timeout: 15000 });
    seen.refusal = await page.$eval('.segmenta-notice span', notice => notice.textContent);
    await shot(page, scenario.screenshots, 'editing-reparent-refused');
    await page.evaluate(() => document.querySelectorAll('.segmenta-notice').forEach(notice => notice.remove()));
    await dragNode(page, scenario.reparent.node, scenario.reparent.target);
    await waitForElement(page, scenario.reparent.edge);
    await shot(page, scenario.screenshots, 'editing-reparented');
    await snapshot(page, 'reparented');
    await undo(page);
    await waitForElement(page, scenario.reparent.edge, false);
    await snapshot(page, 'reparent-undone');

    // context menu on three nodes of one parent: distribute them horizontally with equal gaps
    await page.evaluate(() => window.segmentaDiagram.fit());
    seen.threeNodeMenu = await menuOnSelection(page, scenario.distributed, scenario.distributed[2]);
    await page.hover('.segmenta-context-menu [data-id="segmenta.distribute"]');
    await shot(page, scenario.screenshots, 'editing-distribute-menu');
    await page.click('.segmenta-context-menu .segmenta-submenu [data-id="horizontal"]');
    await snapshot(page, 'distributed');
    await shot(page, scenario.screenshots, 'editing-distributed');
    await undo(page);
    await snapshot(page, 'distribute-undone');

    // reparent a sub-community into another community, in the value-community map (a page of its
    // own: each page is one GLSP client of the server, under the same client id)
    await page.close();
    page = await openDiagram(browser, scenario.communityUrl, seen.consoleErrors);
    await dragNode(page, scenario.community.node, scenario.community.target);
    await page.waitForFunction(({ node, target }) => !!document.querySelector(
        `#segmenta-diagram [id="segmenta-diagram_${target}"] [id="segmenta-diagram_${node}"]`), { timeout: 15000 }, scenario.community);
    await shot(page, scenario.screenshots, 'editing-community-reparented');
    await snapshot(page, 'community-reparented');
    await undo(page);
    await page.waitForFunction(({ node, target }) => !document.querySelector(
        `#segmenta-diagram [id="segmenta-diagram_${target}"] [id="segmenta-diagram_${node}"]`), { timeout: 15000 }, scenario.community);
    await snapshot(page, 'community-reparent-undone');

    // the segment tree again: hide from the context menu, undo; hide by its key, bring it back from
    // the hidden elements dialog, undo that; remove from diagram by its key, undo
    await page.close();
    page = await openDiagram(browser, scenario.url, seen.consoleErrors);
    const { hide: hidden, remove: removed, pin: pinned } = scenario.visibility;
    const hiddenBox = await boxInView(page, hidden);
    await page.mouse.click(hiddenBox.x + hiddenBox.width / 2, hiddenBox.y + 5, { button: 'right' });
    await page.waitForSelector('.segmenta-context-menu');
    seen.hideMenu = await menuIds(page);
    await page.hover('.segmenta-context-menu [data-id="segmenta.hide"]');
    await shot(page, scenario.screenshots, 'editing-hide-menu');
    await page.click('.segmenta-context-menu [data-id="segmenta.hide"]');
    await waitForElement(page, hidden, false);
    await snapshot(page, 'hidden');
    await undo(page);
    await waitForElement(page, hidden);
    await snapshot(page, 'hide-undone');
    await page.evaluate(id => window.segmentaDiagram.select([id]), hidden);
    await altShift(page, 'KeyH');
    await waitForElement(page, hidden, false);
    const canvas = await emptySpot(page);
    await page.mouse.click(canvas.x, canvas.y, { button: 'right' });
    await page.waitForSelector('.segmenta-context-menu');
    seen.canvasMenuWithHidden = await menuIds(page);
    await page.click('.segmenta-context-menu [data-id="segmenta.show-hidden"]');
    await page.waitForSelector('.segmenta-hidden-dialog');
    seen.hiddenListed = await page.$$eval('.segmenta-hidden-dialog input[data-hidden]',
        boxes => boxes.map(box => ({ id: box.dataset.hidden, label: box.parentElement.textContent })));
    await shot(page, scenario.screenshots, 'editing-hidden-dialog');
    await page.click(`.segmenta-hidden-dialog input[data-hidden="${hidden}"]`);
    await page.click('.segmenta-hidden-dialog [data-command="show-checked"]');
    await waitForElement(page, hidden);
    await snapshot(page, 'revealed');
    await undo(page);
    await waitForElement(page, hidden, false);
    await snapshot(page, 'reveal-undone');
    await undo(page);
    await waitForElement(page, hidden);
    await page.evaluate(id => window.segmentaDiagram.select([id]), removed);
    await altShift(page, 'KeyR');
    await waitForElement(page, removed, false);
    await snapshot(page, 'removed');
    await undo(page);
    await waitForElement(page, removed);
    await snapshot(page, 'remove-undone');

    // pin: a node moved away from where ELK puts it, pinned from the context menu, stays there
    // through Arrange all; undo the arrangement, then the pin
    const place = await page.evaluate(id => {
        const element = document.querySelector(`#segmenta-diagram [id="segmenta-diagram_${id}"]`);
        const shape = element.querySelector('.segmenta-shape');
        const [x, y] = (element.getAttribute('transform') ?? '').match(/-?[\d.]+/g).map(Number);
        return { x, y, width: Number(shape.getAttribute('width')), height: Number(shape.getAttribute('height')) };
    }, pinned);
    seen.pinnedAt = { x: place.x + 240, y: place.y + 160 };
    await page.evaluate((id, box, at) => window.segmentaDiagram.dispatch({ kind: 'changeBounds', isOperation: true,
        newBounds: [{ elementId: id, newPosition: at, newSize: { width: box.width, height: box.height } }] }), pinned, place, seen.pinnedAt);
    await settle(page);
    seen.pinMenu = await menuOnSelection(page, [pinned], pinned);
    await page.click('.segmenta-context-menu [data-id="segmenta.pin"]');
    await page.waitForSelector(`#segmenta-diagram [id="segmenta-diagram_${pinned}"] .segmenta-pin`, { timeout: 15000 });
    await snapshot(page, 'pinned');
    seen.unpinMenu = await menuOnSelection(page, [pinned], pinned);
    await shot(page, scenario.screenshots, 'editing-unpin-menu');
    await page.keyboard.press('Escape');
    await page.click('.segmenta-toolbar [data-command="arrange-all"]');
    await settle(page);
    await page.evaluate(() => window.segmentaDiagram.fit());
    await settle(page);
    await shot(page, scenario.screenshots, 'editing-pinned-arranged');
    await snapshot(page, 'pinned-arranged');
    await undo(page);
    await snapshot(page, 'pinned-arrange-undone');
    await undo(page);
    await page.waitForFunction(id => !document.querySelector(`#segmenta-diagram [id="segmenta-diagram_${id}"] .segmenta-pin`), { timeout: 15000 }, pinned);
    await snapshot(page, 'pin-undone');

    // duplicate a segment with Ctrl+D: a copy with its sub-segments beside it; undo
    const { node: duplicated, label: duplicatedLabel } = scenario.duplicate;
    await page.evaluate(id => window.segmentaDiagram.select([id]), duplicated);
    await ctrl(page, 'KeyD');
    await waitForLabelCount(page, duplicatedLabel, 2);
    await shot(page, scenario.screenshots, 'editing-duplicated');
    await snapshot(page, 'duplicated');
    await undo(page);
    await waitForLabelCount(page, duplicatedLabel, 1);
    await snapshot(page, 'duplicate-undone');

    // the persona board: copy a persona card and paste it (beside it, while it is selected); undo;
    // then paste onto another persona card, which is refused with the reason and changes nothing
    await page.close();
    page = await openDiagram(browser, scenario.personaUrl, seen.consoleErrors);
    const { node: copied, label: copiedLabel, refusedTarget } = scenario.paste;
    // the card's menu, opened on its left margin beside its rows (a row's menu is the row's)
    const card = await boxInView(page, copied);
    await page.mouse.click(card.x + 5, card.y + card.height * 0.75, { button: 'right' });
    await page.waitForSelector('.segmenta-context-menu');
    seen.personaMenu = await menuIds(page);
    await page.keyboard.press('Escape');
    await page.evaluate(id => window.segmentaDiagram.select([id]), copied);
    await ctrl(page, 'KeyC');
    await ctrl(page, 'KeyV');
    await waitForLabelCount(page, copiedLabel, 2);
    await shot(page, scenario.screenshots, 'editing-persona-pasted');
    await snapshot(page, 'persona-pasted');
    await undo(page);
    await waitForLabelCount(page, copiedLabel, 1);
    await page.evaluate(id => window.segmentaDiagram.select([id]), refusedTarget);
    await ctrl(page, 'KeyV');
    await page.waitForSelector('.segmenta-notice', { timeout: 15000 });
    seen.pasteRefusal = await page.$eval('.segmenta-notice span', notice => notice.textContent);
    await shot(page, scenario.screenshots, 'editing-paste-refused');
    await waitForLabelCount(page, copiedLabel, 1);
    await snapshot(page, 'persona-paste-undone');
    console.log(JSON.stringify(seen));
} catch (error) {
    const pages = await browser.pages();
    if (pages.length > 0) {
        await shot(pages[pages.length - 1], scenario.screenshots, 'editing-failure');
    }
    console.error(`${error.stack}\nseen: ${JSON.stringify(seen)}`);
    process.exitCode = 1;
} finally {
    await browser.close();
}

/** Selects the nodes, opens the context menu on one of them and gives the ids of its items. */
async function menuOnSelection(page, ids, clicked) {
    await page.evaluate(selection => window.segmentaDiagram.select(selection), ids);
    await settle(page);
    const point = centre(await boxInView(page, clicked));
    await page.mouse.click(point.x, point.y, { button: 'right' });
    await page.waitForSelector('.segmenta-context-menu');
    return menuIds(page);
}


/** Waits until the whole diagram shows this many labels with the text. */
async function waitForLabelCount(page, text, count) {
    await page.waitForFunction((label, wanted) => {
        window.segmentaDiagram.fit();
        return [...document.querySelectorAll('#segmenta-diagram text.segmenta-label')].filter(t => t.textContent === label).length === wanted;
    }, { timeout: 15000, polling: 300 }, text, count);
    await settle(page);
}

function sentActions(page) {
    return page.evaluate(() => [...(window.segmentaSentActions ?? [])]);
}


/**
 * Drags a node by its top margin onto another's left margin, halfway down: clear of both nodes'
 * rows and nested nodes (nodes of their own) and of the panels over the top of the page.
 */
async function dragNode(page, nodeId, targetId) {
    await page.evaluate(() => window.segmentaDiagram.fit());
    await settle(page);
    const from = await boxAsShown(page, nodeId);
    const to = await boxAsShown(page, targetId);
    await dragBetween(page, { x: from.x + from.width / 2, y: from.y + 5 }, { x: to.x + 5, y: to.y + to.height / 2 }, scenario.screenshots);
}

async function waitForElement(page, gmodelId, present = true) {
    await page.waitForFunction((id, wanted) => {
        window.segmentaDiagram.fit();
        return !!document.querySelector(`#segmenta-diagram [id="segmenta-diagram_${id}"]`) === wanted;
    }, { timeout: 15000, polling: 300 }, gmodelId, present);
    await settle(page);
}


async function menuIds(page) {
    const ids = await page.$$eval('.segmenta-context-menu [data-id]', items => items.map(item => item.dataset.id));
    return ids;
}

async function waitForDownload(folder, extension) {
    const end = Date.now() + 15000;
    while (Date.now() < end) {
        if (readdirSync(folder).some(name => name.endsWith(extension))) {
            return;
        }
        await new Promise(resolve => setTimeout(resolve, 200));
    }
    throw new Error(`no ${extension} file was downloaded to ${folder}`);
}
