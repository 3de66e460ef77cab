#!/usr/bin/env node
// Renders media/icon.svg to media/icon.png (128×128, the Marketplace and Extensions view icon) with
// playwright-core and the chromium of scripts/vscode/install.sh:  node scripts/render-icon.mjs
import fs from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM, CHROMIUM_ARGS, ROOT_DIR, checkChromium } from './vscode/code-server.mjs';

const svg = fs.readFileSync(path.join(ROOT_DIR, 'media', 'icon.svg'), 'utf8');
const out = path.join(ROOT_DIR, 'media', 'icon.png');
checkChromium();
const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
try {
  const page = await browser.newPage({ viewport: { width: 128, height: 128 }, deviceScaleFactor: 1 });
  await page.setContent(`<html><body style="margin:0;background:transparent">${svg}</body></html>`);
  await page.locator('svg').screenshot({ path: out, omitBackground: true });
} finally {
  await browser.close();
}
console.log(`${path.relative(ROOT_DIR, out)}: ${fs.statSync(out).size} bytes`);
