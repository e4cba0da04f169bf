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
import { launchChromium } from './chromium.mjs';
import { clickDomNode, clickNode, clickTool, openDiagram, settle, shot as shotIn, switchLayerOn, waitForLabel } from './page-helpers.mjs';

const scenario = JSON.parse(readFileSync(process.argv[2], 'utf8'));
mkdirSync(scenario.screenshots, { recursive: true });

const browser = await launchChromium();
const consoleErrors = [];
try {
    const page = await openDiagram(browser, scenario.url, consoleErrors);
    await shot(page, `${scenario.name}-opened`);
    for (const layer of scenario.layers ?? []) {
        await switchLayerOn(page, layer);
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

function shot(page, name) {
    return shotIn(page, scenario.screenshots, name);
}
