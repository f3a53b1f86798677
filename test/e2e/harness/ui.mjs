// What a person sees: in the code-server workbench, open the sample article, hover a speaker
// and read the hover from the page, open the Outline view and read the claims, and save the
// screenshots the README shows (light and dark themes). Every wait is for a condition on the
// page, never a fixed delay.
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { DARK_THEME, writeUserSettings } from './settings.mjs';

const SAMPLE = 'kremlin-red-line.txt';
const TERRITORY = /Crimea|Donetsk|Lugansk|Luhansk|Zaporizhzhia|Kherson/;

export async function runUiChecks(context, { url, userDataDir, screenshots, log = () => {} }) {
  const page = await context.newPage();
  const shot = async (name) => {
    if (!screenshots) return;
    mkdirSync(screenshots, { recursive: true });
    await page.screenshot({ path: join(screenshots, name) });
    log(`saved ${join(screenshots, name)}`);
  };
  try {
    await page.goto(url);
    await page.locator('.explorer-folders-view .monaco-list-row').first().waitFor({ timeout: 60_000 });
    await openFile(page, SAMPLE);
    const editor = page.locator('.editor-instance .monaco-editor').first();
    await editor.locator('.view-lines', { hasText: 'Kremlin' }).waitFor();

    // The extension's decorations are inline spans with the classes VS Code generates for
    // decoration types (ced-…); the skeleton draws none, the real client many.
    await page.waitForFunction(() => document.querySelectorAll('.editor-instance .view-lines span[class*="ced-"]').length > 0, null, { timeout: 30_000 });
    log('decorations are drawn');

    // Hover the short mention in '…,” Peskov stated.' (the second "Peskov" on screen).
    const hover = await hoverWord(page, 'Peskov', 1);
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
    // Open every level so the claims under their group show.
    await page.keyboard.press('Home');
    const outline = await expandAll(page, rows);
    log(`outline: ${outline.slice(0, 12).join(' | ')}`);
    assert.ok(outline.some((r) => TERRITORY.test(r)), `the outline shows a claim naming a territory: ${outline.join(' | ')}`);
    await clickEditor(page);
    await shot('outline.png');

    await page.mouse.move(5, 400);
    await shot('decorations-light.png');
    writeUserSettings(userDataDir, { 'workbench.colorTheme': DARK_THEME });
    await page.locator('.monaco-workbench.vs-dark').waitFor();
    // The theme change restyles the decorations too; wait for the editor's new background.
    await page.waitForFunction(() => {
      const el = document.querySelector('.editor-instance .monaco-editor-background');
      if (!el) return false;
      const [r, g, b] = getComputedStyle(el).backgroundColor.match(/\d+/g).map(Number);
      return r + g + b < 200;
    });
    await shot('decorations-dark.png');
  } finally {
    await page.close();
  }
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

async function runCommand(page, title) {
  await page.keyboard.press('F1');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor();
  await input.fill(`>${title}`);
  await page.locator('.quick-input-list .monaco-list-row', { hasText: title }).first().waitFor();
  await page.keyboard.press('Enter');
  await page.locator('.quick-input-widget').waitFor({ state: 'hidden' });
}

async function clickEditor(page) {
  await page.locator('.editor-instance .view-lines').first().click({ position: { x: 5, y: 5 } });
}

/** Expands the focused tree row by row (Right arrow opens, Down moves) and returns the labels. */
async function expandAll(page, rows) {
  let last = -1;
  for (let guard = 0; guard < 200; guard++) {
    const count = await rows.count();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowDown');
    const focused = await page.locator('.outline-pane .monaco-list-row.focused').getAttribute('data-index');
    if (focused !== null && Number(focused) === last && (await rows.count()) === count) break;
    last = Number(focused);
  }
  return (await rows.allInnerTexts()).map((t) => t.replace(/\s+/g, ' ').trim());
}

/**
 * Moves the mouse onto the `occurrence`-th on-screen match of `word` in the editor and returns
 * the hover's text once it shows. Hovers can miss a mouse that arrives while the editor is
 * still laying out, so the move is repeated until the hover appears.
 */
async function hoverWord(page, word, occurrence) {
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
    const hover = page.locator('.monaco-hover:visible', { hasText: 'Peskov' });
    try {
      await hover.first().waitFor({ timeout: 3000 });
      // Hovers render in parts; wait until the quotes are in as well.
      await page.waitForFunction(() => /constitution/.test(document.querySelector('.monaco-hover:not(.hidden)')?.textContent ?? ''), null, { timeout: 5000 });
      return await hover.first().innerText();
    } catch (err) {
      if (Date.now() > deadline) throw err;
    }
  }
}
