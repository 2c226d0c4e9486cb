#!/usr/bin/env node
// axe-core on local HTML files in the Debian chromium, driven by playwright-core (no browser
// download). Prints one JSON object per file: {file, violations:[{id, impact, help, nodes:[target...]}]}
// and exits 1 when any file has a violation, 2 on a usage or launch error.
//   node axe_check.js FILE.html [...]
// Env: CHROMIUM (default /usr/lib/chromium/chromium), AXE_TAGS (default wcag2a,wcag2aa,wcag21a,wcag21aa)
'use strict';
const path = require('path');
const fs = require('fs');
const { chromium } = require('playwright-core');
const axeSource = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

async function main(files) {
  if (!files.length) { console.error('usage: axe_check.js FILE.html...'); return 2; }
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/lib/chromium/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking',
           '--disable-dev-shm-usage'],
  });
  let failed = false;
  try {
    const context = await browser.newContext({ bypassCSP: true })  // a CSP meta in the page would block the injected axe;
    // offline: nothing but file:// may load
    await context.route(/^(?!file:|data:|about:)/, (route) => route.abort());
    for (const file of files) {
      const abs = path.resolve(file);
      if (!fs.existsSync(abs)) throw new Error(`no such file: ${abs}`);
      const page = await context.newPage();
      await page.goto('file://' + abs, { waitUntil: 'load' });
      await page.addScriptTag({ content: axeSource });
      const tags = (process.env.AXE_TAGS || 'wcag2a,wcag2aa,wcag21a,wcag21aa').split(',');
      const result = await page.evaluate(
        (runOnly) => window.axe.run(document, { runOnly: { type: 'tag', values: runOnly } }), tags);
      const violations = result.violations.map((v) => ({
        id: v.id, impact: v.impact, help: v.help,
        nodes: v.nodes.map((n) => n.target.join(' ')),
      }));
      if (violations.length) failed = true;
      console.log(JSON.stringify({ file, axe: result.testEngine.version, passes: result.passes.length,
                                   incomplete: result.incomplete.map((v) => v.id), violations }));
      await page.close();
    }
  } finally {
    await browser.close();
  }
  return failed ? 1 : 0;
}

main(process.argv.slice(2)).then((code) => process.exit(code),
  (err) => { console.error(String(err && err.stack || err)); process.exit(2); });
