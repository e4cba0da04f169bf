/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
// Debian's Chromium, headless, without the background traffic this machine's closed network refuses.
import puppeteer from 'puppeteer-core';

export function launchChromium() {
    return puppeteer.launch({
        executablePath: process.env.SEGMENTA_CHROMIUM ?? '/usr/bin/chromium',
        headless: true,
        args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
            '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage']
    });
}
