// README screenshots from the real editor (rerun when the UI changes): installs dist/plugin-lens.vsix into code-server (test/e2e host),
// opens examples/, shows the Plugin Lens Reach view next to a SKILL.md with its problems, then the
// by-surface grouping, then the Routes view with the org skill's declared route open. Writes images/screenshots/*.png.
//   npm run package && node images/take-screenshots.mjs [--out images/screenshots]
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { root, startCodeServer, launchChromium, copyWorkspace, elapsed } from '../test/e2e/code-server.mjs';

const { values: a } = parseArgs({ options: { out: { type: 'string' }, vsix: { type: 'string' } } });
const out = path.resolve(a.out ?? path.join(root, 'images/screenshots'));
const vsix = path.resolve(a.vsix ?? path.join(root, 'dist/plugin-lens.vsix'));
const t0 = Date.now();
let cs, browser;
try {
  fs.mkdirSync(out, { recursive: true });
  cs = await startCodeServer({ vsix, settings: { 'workbench.colorTheme': 'Default Dark Modern', 'window.zoomLevel': 0, 'workbench.secondarySideBar.defaultVisibility': 'hidden' } });
  const folder = copyWorkspace(path.join(root, 'examples'), cs.tmp);
  browser = await launchChromium(cs.tmp);
  const page = await browser.newPage({ viewport: { width: 1280, height: 760 } });
  await page.goto(cs.url({ folder }));
  const activity = page.locator('.activitybar .action-item a[aria-label^="Plugin Lens"]').first();
  await activity.waitFor({ timeout: 60000 });
  await activity.click();
  const rows = page.locator('.pane-body .monaco-list-row');
  await rows.first().waitFor({ timeout: 60000 });
  // Open a skill with problems from the tree (the tree row opens the file).
  await page.locator('.pane-body .monaco-list-row', { hasText: 'release' }).first().click().catch(() => rows.first().click());
  await page.locator('.monaco-editor .squiggly-error, .monaco-editor .squiggly-warning, .monaco-editor .squiggly-info').first()
    .waitFor({ timeout: 60000 }).catch(() => console.log('no squiggle seen'));
  await page.keyboard.press('Control+Shift+M');
  await page.waitForTimeout(800); // let the Problems panel paint before the picture
  await page.screenshot({ path: path.join(out, 'reach-tree.png') });
  console.log(`[${elapsed(t0)}] reach-tree.png`);
  // With two views in the container, a view's title actions show while its header is hovered.
  await page.locator('.pane-header', { hasText: /^Reach/ }).first().hover();
  await page.locator('.action-label[aria-label*="Group Reach by Surface"]').first().click();
  await page.locator('.pane-body .monaco-list-row', { hasText: /Cowork|No reach data/ }).first().waitFor({ timeout: 20000 });
  await page.waitForTimeout(500);
  await page.screenshot({ path: path.join(out, 'reach-by-surface.png') });
  console.log(`[${elapsed(t0)}] reach-by-surface.png`);
  // The Routes view: a wider sidebar without the panel, Reach collapsed, the org-provisioned skill and its
  // declared route open.
  await page.keyboard.press('Control+Shift+M'); // toggles the Problems panel off again
  const sidebar = await page.locator('.part.sidebar').first().boundingBox();
  if (sidebar) {
    await page.mouse.move(sidebar.x + sidebar.width + 1, sidebar.y + 200);
    await page.mouse.down();
    await page.mouse.move(sidebar.x + 600, sidebar.y + 200, { steps: 8 });
    await page.mouse.up();
  }
  await page.locator('.pane-header', { hasText: /^Reach/ }).first().click();
  const routes = page.locator('.pane-header', { hasText: /^Routes/ }).first();
  if ((await routes.getAttribute('aria-expanded')) === 'false') await routes.click();
  const item = page.locator('.pane-body .monaco-list-row[aria-level="1"]', { hasText: 'pdf-forms' }).last();
  await item.waitFor({ timeout: 30000 });
  await item.click();
  await page.keyboard.press('ArrowRight');
  const declared = page.locator('.pane-body .monaco-list-row[aria-level="2"]', { hasText: '✓ declared' }).first();
  await declared.waitFor({ timeout: 20000 });
  await declared.click();
  await page.keyboard.press('ArrowRight');
  const cowork = page.locator('.pane-body .monaco-list-row[aria-level="3"]', { hasText: 'Cowork' }).first();
  await cowork.waitFor({ timeout: 20000 });
  await cowork.click();
  await page.keyboard.press('ArrowRight');
  await page.waitForTimeout(800);
  await page.screenshot({ path: path.join(out, 'routes-view.png') });
  console.log(`[${elapsed(t0)}] routes-view.png`);
} catch (e) {
  console.error(`[${elapsed(t0)}] ${e.message.split('\n')[0]}`);
  process.exitCode = 1;
} finally {
  await browser?.close().catch(() => {});
  await cs?.stop();
}
