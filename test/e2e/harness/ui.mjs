// What a person sees: in the code-server workbench, open the sample article, hover a speaker
// and read the hover from the page, open the Outline view and read the claims, and save the
// screenshots the README shows (light and dark themes). Every wait is for a condition on the
// page, never a fixed delay.
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DARK_THEME, LIGHT_THEME } from './settings.mjs';

const SAMPLE = 'kremlin-red-line.txt';
// The harness names the test workspace folder so (see run.mjs); the Explorer shows it.
const FOLDER_NAME = 'articles';
const TERRITORY = /Crimea|Donetsk|Lugansk|Luhansk|Zaporizhzhia|Kherson/;

export async function runUiChecks(context, { url, screenshots, failureDir, log = () => {} }) {
  const page = await context.newPage();
  const shot = async (name) => {
    if (!screenshots) return;
    mkdirSync(screenshots, { recursive: true });
    // A picture for the README: no transient progress in the status bar.
    await page.waitForFunction(() => !/Activating Extensions/.test(document.querySelector('.part.statusbar')?.textContent ?? ''), null, { timeout: 30_000 });
    await page.screenshot({ path: join(screenshots, name) });
    log(`saved ${join(screenshots, name)}`);
  };
  try {
    await page.goto(url);
    await page.locator('.explorer-folders-view .monaco-list-row').first().waitFor({ timeout: 60_000 });
    await openFile(page, SAMPLE);
    const editor = page.locator('.editor-instance .monaco-editor').first();
    await editor.locator('.view-lines', { hasText: 'Kremlin' }).waitFor();

    // Extension decorations carry the classes VS Code generates for decoration types (ced-…),
    // on overlay divs (backgrounds, borders) or inline spans (text styles).
    await page.waitForFunction(() => document.querySelectorAll('.editor-instance [class*="ced-"]').length > 0, null, { timeout: 30_000 });
    log('decorations are drawn');
    await semanticColours(page);
    await page.mouse.move(5, 400);
    await shot('decorations-light.png');
    await setTheme(page, DARK_THEME, 'vs-dark');
    await shot('decorations-dark.png');
    await setTheme(page, LIGHT_THEME, 'vs');

    // Hover the short mention in '…,” Peskov stated.' (the second "Peskov" on screen).
    const hover = await hoverWord(page, 'Peskov', 1, /constitution/);
    log(`hover: ${hover.replace(/\s+/g, ' ').slice(0, 200)}`);
    assert.match(hover, /Dmitry Peskov/);
    assert.match(hover, /Kremlin spokesman/i);
    assert.match(hover, /inscribed in our country.s constitution/);
    await shot('hover.png');
    await page.mouse.move(5, 400);
    await page.keyboard.press('Escape');
    await page.locator('.monaco-hover:visible').waitFor({ state: 'detached', timeout: 10_000 }).catch(() => {});

    await runCommand(page, 'Explorer: Focus on Outline View');
    const rows = page.locator('.outline-pane .monaco-list-row');
    await rows.first().waitFor();
    // Give the outline the whole side bar: fold the file list above it.
    const folders = page.locator('.pane-header[aria-expanded="true"]', { has: page.locator('h3', { hasText: FOLDER_NAME }) });
    if (await folders.count()) await folders.first().click();
    await rows.first().click();
    await page.keyboard.press('Home');
    const tree = await walkTree(page, '.outline-pane');
    const top = tree.filter((r) => r.level === 1).map((r) => r.text);
    log(`outline groups: ${top.join(' | ')}`);
    const claimsAt = tree.findIndex((r) => r.level === 1 && /^Claims\b/.test(r.text));
    assert.ok(claimsAt >= 0, `the outline has a Claims group: ${top.join(' | ')}`);
    const claims = [];
    for (let i = claimsAt + 1; i < tree.length && tree[i].level > 1; i++) claims.push(tree[i].text);
    log(`outline claims: ${claims.join(' | ')}`);
    assert.ok(claims.some((c) => TERRITORY.test(c)), `a claim in the outline names a territory: ${claims.join(' | ')}`);
    // For the picture: every group folded but the claims.
    await page.locator('.outline-pane').hover();
    await page.locator('.pane-header', { hasText: 'Outline' }).locator('.action-label[aria-label*="Collapse All"]').click();
    const claimsRow = page.locator('.outline-pane .monaco-list-row[aria-level="1"]', { has: page.locator('.label-name', { hasText: /^Claims$/ }) });
    await claimsRow.click();
    if ((await claimsRow.getAttribute('aria-expanded')) !== 'true') await page.keyboard.press('ArrowRight');
    await page.locator('.outline-pane .monaco-list-row[aria-level="1"][aria-expanded="true"]', { hasText: 'Claims' }).waitFor();
    await widenSideBar(page, 470);
    await shot('outline.png');

    await claimsMap(page, log, shot);
  } catch (err) {
    const path = join(failureDir ?? screenshots ?? tmpdir(), 'ui-failure.png');
    await page.screenshot({ path }).then(() => log(`failure screenshot: ${path}`), () => {});
    throw err;
  } finally {
    await page.close();
  }
}

/**
 * Opens the claims map beside the article, reads its markers from the webview, clicks Crimea and
 * checks that the editor selected the sentence that claims it; screenshots in both themes.
 */
async function claimsMap(page, log, shot) {
  // Room for the article and the map side by side.
  if (await page.locator('.part.sidebar').isVisible()) {
    await runCommand(page, 'View: Toggle Primary Side Bar Visibility');
    await page.locator('.part.sidebar').waitFor({ state: 'hidden' });
  }
  const statusbar = page.locator('.part.statusbar');
  await page.locator('.editor-instance .monaco-editor .view-lines').first().click();
  await page.keyboard.press('Control+Home');
  await statusbar.getByText(/^Ln 1, Col 1$/).waitFor();

  await runCommand(page, 'News Annotator: Show Claims Map');
  const map = page.frameLocator('iframe.webview.ready').frameLocator('iframe#active-frame');
  const markers = map.locator('.marker[data-place]');
  await map.locator('.marker[data-place][data-name="Crimea"]').waitFor({ timeout: 30_000 });
  const drawn = await markers.evaluateAll((els) => els.map((e) => ({ name: e.getAttribute('data-name'), label: e.getAttribute('aria-label') ?? '' })));
  log(`map markers: ${drawn.map((m) => m.name).join(', ')}`);
  for (const region of ['Donetsk', 'Zaporizhzhia', 'Kherson', 'Crimea']) {
    const m = drawn.find((d) => d.name === region);
    assert.ok(m, `the map has a ${region} marker: ${drawn.map((d) => d.name).join(', ')}`);
    assert.match(m.label, /annexation by Russia/, `${region}'s accessible name says who claims it`);
  }
  assert.ok(drawn.some((d) => /^Lu[gh]ansk$/.test(d.name ?? '')), 'the map has a Luhansk marker');
  // No label is dropped: every claimed place in view has its name written, Luhansk beside Donetsk too.
  const labels = await map.locator('.marker[data-emphasised="true"][data-offview="false"]').evaluateAll((els) =>
    els.map((e) => ({ name: e.getAttribute('data-name'), text: e.querySelector('text')?.textContent ?? null })));
  log(`map labels: ${labels.map((l) => `${l.name}=${l.text}`).join(', ')}`);
  for (const l of labels) assert.equal(l.text, l.name, `${l.name} has its label`);
  assert.ok(labels.some((l) => /^Lu[gh]ansk$/.test(l.name ?? '')), 'Luhansk is labelled');

  // Zoom from the keyboard and the buttons; reset brings the whole frame back.
  const svg = map.locator('#map svg');
  await svg.focus();
  await page.keyboard.press('+');
  await map.locator('#map svg[data-zoom="1.500"]').waitFor();
  await page.keyboard.press('ArrowRight');
  await map.locator('#zoom-in').click();
  await map.locator('#map svg[data-zoom="2.250"]').waitFor();
  await map.locator('#reset-view').click();
  await map.locator('#map svg[data-zoom="1.000"]').waitFor();
  // The wheel zooms about the pointer; a drag pans the zoomed map.
  const box = await svg.boundingBox();
  const [cx, cy] = [box.x + box.width / 2, box.y + box.height / 2];
  await page.mouse.move(cx, cy);
  await page.mouse.wheel(0, -100);
  await map.locator('#map svg:not([data-zoom="1.000"])').waitFor();
  const land = map.locator('#map svg g.land');
  const before = await land.getAttribute('transform');
  await page.mouse.down();
  await page.mouse.move(cx + 80, cy + 40, { steps: 6 });
  await page.mouse.up();
  for (let i = 0; (await land.getAttribute('transform')) === before; i++) {
    assert.ok(i < 50, `dragging pans the map (transform stays ${before})`);
    await page.waitForTimeout(100);
  }
  await map.locator('#reset-view').click();
  await map.locator('#map svg[data-zoom="1.000"]').waitFor();
  assert.ok(!drawn.some((d) => d.name === 'Nikolsky'), 'Nikolsky, without coordinates, has no marker');
  await map.getByText('Nikolsky', { exact: true }).waitFor();

  // The click reveals Crimea's first claim, the sentence naming the annexed regions.
  const text = readFileSync(fileURLToPath(new URL(`../../../samples/${SAMPLE}`, import.meta.url)), 'utf8');
  const line = text.slice(0, text.indexOf('along with Crimea')).split('\n').length;
  await map.locator('.marker[data-place][data-name="Crimea"]').click();
  const position = await statusbar.getByText(new RegExp(`^Ln ${line}, Col \\d+ \\(\\d+ selected\\)$`)).textContent({ timeout: 20_000 });
  log(`after clicking Crimea: ${position}`);
  await page.locator('.editor-instance .monaco-editor .selected-text').first().waitFor();

  // The pointer off the toolbars, so no button shows its hover state in the pictures.
  await page.mouse.move(5, 400);
  await shot('map-light.png');
  await setTheme(page, DARK_THEME, 'vs-dark');
  await map.locator('body.vscode-dark .marker[data-name="Crimea"]').waitFor();
  await page.mouse.move(5, 400);
  await shot('map-dark.png');
  await setTheme(page, LIGHT_THEME, 'vs');
}

async function openFile(page, name) {
  await page.keyboard.press('Control+P');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor();
  await input.fill(name);
  await page.locator('.quick-input-list .monaco-list-row', { hasText: name }).first().waitFor();
  await page.keyboard.press('Enter');
  await page.locator('.tabs-container .tab.active', { hasText: name }).waitFor();
}

async function runCommand(page, title, { waitHidden = true } = {}) {
  await page.keyboard.press('F1');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor();
  await input.fill(`>${title}`);
  // Click the exact entry: Enter takes whichever fuzzy match the palette ranks first.
  await pick(page, title);
  if (waitHidden) await page.locator('.quick-input-widget').waitFor({ state: 'hidden' });
}

async function pick(page, label) {
  const row = page.locator('.quick-input-list .monaco-list-row').filter({ has: page.getByText(label, { exact: true }) }).first();
  await row.waitFor();
  await row.click();
}

/** Widens the focused side bar (View: Increase Current View Size) so the claim titles fit. */
async function widenSideBar(page, width) {
  const current = () => page.locator('.part.sidebar').evaluate((el) => el.getBoundingClientRect().width);
  for (let i = 0; i < 10 && (await current()) < width; i++) {
    const before = await current();
    await runCommand(page, 'Increase Current View Size');
    await page.waitForFunction((w) => document.querySelector('.part.sidebar').getBoundingClientRect().width > w, before);
  }
}

/** Picks a colour theme the way a person does (Preferences: Color Theme) and waits for it. */
async function setTheme(page, theme, workbenchClass) {
  await runCommand(page, 'Preferences: Color Theme', { waitHidden: false });
  // The palette turns into the theme picker; type only once it has.
  const input = page.locator('.quick-input-widget input[placeholder*="Color Theme" i]');
  await input.waitFor();
  await input.fill(theme);
  await pick(page, theme);
  await page.locator(`.monaco-workbench.${workbenchClass}`).waitFor();
  await page.locator('.quick-input-widget').waitFor({ state: 'hidden' });
  await semanticColours(page);
}

/**
 * Waits until the editor shows the semantic colours: a person's name ("Putin") in another colour
 * than plain prose ("firmly"). After a theme change the tokens are repainted a moment later.
 */
async function semanticColours(page) {
  await page.waitForFunction(() => {
    const spans = [...document.querySelectorAll('.editor-instance .view-lines span span')];
    const colour = (test) => {
      const el = spans.find(test);
      return el ? getComputedStyle(el).color : null;
    };
    const person = colour((el) => el.textContent === 'Putin');
    const prose = colour((el) => el.textContent.includes('firmly'));
    return person !== null && prose !== null && person !== prose;
  }, null, { timeout: 30_000 });
}

/**
 * Walks the focused tree from the top, opening every row (Right arrow opens, Down moves), and
 * returns each row's level and text. The list is virtual, so rows are read as they get focus.
 */
async function walkTree(page, pane) {
  const focused = page.locator(`${pane} .monaco-list-row.focused`);
  const read = () => focused.evaluate((el) => ({
    index: Number(el.getAttribute('data-index')),
    level: Number(el.getAttribute('aria-level')),
    expanded: el.getAttribute('aria-expanded'),
    text: [...el.querySelectorAll('.label-name, .label-description')].map((e) => e.textContent.trim()).filter(Boolean).join(' — '),
  }));
  const seen = [];
  for (let guard = 0; guard < 1000; guard++) {
    let row = await read();
    if (row.expanded === 'false') {
      await page.keyboard.press('ArrowRight');
      await page.locator(`${pane} .monaco-list-row.focused[aria-expanded="true"]`).waitFor();
      row = await read();
    }
    // Down on the last row leaves the focus where it was.
    if (seen.length && seen[seen.length - 1].index === row.index) break;
    seen.push(row);
    await page.keyboard.press('ArrowDown');
  }
  return seen;
}

/**
 * Moves the mouse onto the `occurrence`-th on-screen match of `word` in the editor and returns
 * the hover's text once it shows. Hovers can miss a mouse that arrives while the editor is
 * still laying out, so the move is repeated until the hover appears.
 */
async function hoverWord(page, word, occurrence, complete) {
  const deadline = Date.now() + 30_000;
  for (;;) {
    const box = await page.evaluate(({ word, occurrence }) => {
      const hits = [];
      const root = document.querySelector('.editor-instance .view-lines');
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const at = n.data.indexOf(word);
        if (at < 0) continue;
        const range = document.createRange();
        range.setStart(n, at);
        range.setEnd(n, at + word.length);
        const r = range.getBoundingClientRect();
        hits.push({ x: r.x + r.width / 2, y: r.y + r.height / 2 });
      }
      hits.sort((a, b) => a.y - b.y || a.x - b.x);
      return hits[occurrence] ?? null;
    }, { word, occurrence });
    assert.ok(box, `"${word}" is on screen`);
    await page.mouse.move(box.x - 40, box.y + 60);
    await page.mouse.move(box.x, box.y, { steps: 4 });
    const hover = page.locator('.monaco-hover:visible', { hasText: word });
    try {
      await hover.first().waitFor({ timeout: 3000 });
      // Hovers render in parts; wait until the quotes are in as well.
      await page.waitForFunction((re) => new RegExp(re).test(document.querySelector('.monaco-hover:not(.hidden)')?.textContent ?? ''), complete.source, { timeout: 5000 });
      return await hover.first().innerText();
    } catch (err) {
      if (Date.now() > deadline) throw err;
    }
  }
}
