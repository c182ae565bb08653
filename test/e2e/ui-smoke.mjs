// UI smoke test of the packaged extension in code-server, as a user sees it: install the .vsix, open the
// fixture workspace, click the broken file in the Explorer, wait for the squiggle and the Problems row, then open
// the hover at that problem (it must name the rule and match --hover-text).
//   node test/e2e/ui-smoke.mjs <file.vsix> [--file <rel path>] [--rule <id>] [--hover-text <regex>]
//        [--expect <json>] [--workspace <dir>] [--out <dir>]
// Defaults for file/rule/hover come from the first entry of test/e2e/expected.json.
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { root, e2eDir, startCodeServer, launchChromium, copyWorkspace, elapsed } from './code-server.mjs';

const { values: a, positionals } = parseArgs({ allowPositionals: true, options: {
  file: { type: 'string' }, rule: { type: 'string' }, 'hover-text': { type: 'string' },
  expect: { type: 'string' }, workspace: { type: 'string' }, out: { type: 'string' },
} });
const vsix = positionals[0];
if (!vsix || !fs.existsSync(vsix)) {
  console.error('usage: node test/e2e/ui-smoke.mjs <file.vsix> [--file …] [--rule …] [--hover-text …]  (build one with npm run package)');
  process.exitCode = 2;
} else {
  const exp = JSON.parse(fs.readFileSync(a.expect ?? path.join(e2eDir, 'expected.json'), 'utf8'));
  const first = exp.files[0];
  const rel = a.file ?? first.path;
  const rule = a.rule ?? first.rules[0];
  const hoverRe = new RegExp(a['hover-text'] ?? first.hover?.match ?? rule);
  const out = path.resolve(a.out ?? path.join(root, '.test-output/ui-smoke'));
  process.exitCode = await smoke({ vsix, rel, rule, hoverRe, out, workspace: path.resolve(a.workspace ?? path.join(e2eDir, 'workspace')) });
  setTimeout(() => process.exit(), 5000).unref(); // only if a stray handle keeps the loop alive
}

async function smoke({ vsix, rel, rule, hoverRe, out, workspace }) {
  fs.rmSync(out, { recursive: true, force: true });
  fs.mkdirSync(out, { recursive: true });
  const t0 = Date.now();
  let passed = 0, failed = 0, cs, browser, page;
  const step = (msg) => { passed++; console.log(`[${elapsed(t0)}] ✔ ${msg}`); };
  const want = (loc, what, timeout) => loc.waitFor({ timeout }).catch(() => { throw new Error(`${what}: not seen within ${timeout} ms`); });
  try {
    cs = await startCodeServer({ vsix });
    step(`installed ${path.basename(vsix)} with --install-extension; code-server up at ${cs.authority}`);
    const folder = copyWorkspace(workspace, cs.tmp);
    browser = await launchChromium(cs.tmp);
    page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    await page.goto(cs.url({ folder }));
    // Expand each folder of the path in the Explorer, then click the file itself.
    const segs = rel.split('/');
    for (const [i, seg] of segs.entries()) {
      const row = page.locator('.explorer-folders-view .monaco-list-row')
        .filter({ has: page.locator('.label-name', { hasText: new RegExp(`^${seg.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`) }) }).first();
      await want(row, `Explorer row ${seg}`, 60000);
      if (i === segs.length - 1 || (await row.getAttribute('aria-expanded')) !== 'true') await row.click();
    }
    await want(page.locator('.tab.active', { hasText: segs.at(-1) }).first(), `editor tab ${segs.at(-1)}`, 30000);
    step(`${rel} opened from the Explorer`);
    await page.screenshot({ path: path.join(out, '01-opened.png') });
    const squiggle = page.locator('.monaco-editor .squiggly-error, .monaco-editor .squiggly-warning, .monaco-editor .squiggly-info').first();
    await want(squiggle, 'a squiggle in the editor', 60000);
    step('squiggle rendered');
    await page.keyboard.press('Control+Shift+M');
    // A realistic workspace has more problems than the panel shows: filter the list down to the rule.
    const filter = page.locator('.markers-panel-container .viewpane-filter input, .viewpane-filter-container input').first();
    await want(filter, 'the Problems filter box', 30000);
    const row = page.locator('.markers-panel .monaco-list-row', { hasText: rule }).first();
    // The panel can take the filter while it is still filling (seen in CI: "Showing 0 of 28"): type it
    // again when no row appears, up to three times, before calling the row missing.
    for (let attempt = 1; ; attempt++) {
      await filter.fill('');
      await filter.fill(rule);
      try { await want(row, `a Problems row with ${rule}`, 10000); break; } catch (e) { if (attempt === 3) throw e; }
    }
    const rowText = await row.innerText(); // read once: the filtered list re-renders its rows
    step(`Problems: ${rowText.replace(/\s+/g, ' ').trim()}`);
    await page.screenshot({ path: path.join(out, '02-problems.png') });
    // Hover OUR problem's start (VS Code's built-in skill checks squiggle the same line): take Ln/Col from the
    // Problems row, find that line's number in the gutter, and move the mouse one character into the range.
    const [, ln, col] = /Ln (\d+), Col (\d+)/.exec(rowText) ?? [];
    if (!ln) throw new Error('no "Ln N, Col N" in the Problems row');
    const gutter = await page.locator('.monaco-editor .margin .line-numbers', { hasText: new RegExp(`^\\s*${ln}\\s*$`) }).first().boundingBox();
    const { left, charWidth } = await page.locator('.monaco-editor .view-lines').first().evaluate(el => {
      const line = [...el.querySelectorAll('.view-line')].find(l => (l.textContent ?? '').trim().length > 0);
      const span = line?.querySelector('span');
      return { left: el.getBoundingClientRect().left, charWidth: span ? span.getBoundingClientRect().width / (span.textContent?.length || 1) : 8 };
    });
    await page.mouse.move(left + (Number(col) - 0.5 + 1) * charWidth, gutter.y + gutter.height / 2);
    const hover = page.locator('.monaco-hover', { hasText: rule }).filter({ hasText: hoverRe }).first();
    await want(hover, `a hover naming ${rule} and matching ${hoverRe}`, 20000);
    step(`hover: ${(await hover.innerText()).replace(/\s+/g, ' ').trim().slice(0, 200)}`);
    // The matrix sits below the problem texts: scroll the hover to it so the screenshot shows it.
    await hover.evaluate((el, src) => {
      const re = new RegExp(src);
      const hits = [...el.querySelectorAll('*')].filter(n => re.test(n.textContent ?? '') && ![...n.children].some(c => re.test(c.textContent ?? '')));
      hits[0]?.scrollIntoView({ block: 'start' });
    }, hoverRe.source);
    await page.screenshot({ path: path.join(out, '03-hover.png') });
  } catch (e) {
    failed++;
    console.error(`[${elapsed(t0)}] ✘ ${e.message.split('\n')[0]}`);
    await page?.screenshot({ path: path.join(out, 'failure.png') }).catch(() => {});
    if (cs) fs.writeFileSync(path.join(out, 'code-server.log'), cs.log);
  } finally {
    await browser?.close().catch(() => {});
    await cs?.stop();
  }
  console.log(`ui: ${passed} passed, ${failed} failed (screenshots in ${path.relative(root, out)})`);
  return failed ? 1 : 0;
}
