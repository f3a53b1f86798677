// package.json promises what the client code relies on: theme colours it references, the claim
// colours the gutter icon falls back to, semantic token scopes for every token type.
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { claimGutterStyle, claimStyle, speakerLabel, speakerQuoteStyle, unattributedQuoteStyle, type StyleColor } from '../decorationStyles';
import { DEFAULT_CLAIM_COLOR, type ThemeKind } from '../palette';

interface ColorContribution {
  id: string;
  defaults: Record<'light' | 'dark' | 'highContrast' | 'highContrastLight', string>;
}

const root = join(__dirname, '..', '..', '..');
const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const contributes = manifest.contributes;
const KINDS: ThemeKind[] = ['light', 'dark', 'highContrast', 'highContrastLight'];

function themeColorIds(colors: (StyleColor | undefined)[]): string[] {
  return colors.flatMap((c) => (c !== undefined && typeof c !== 'string' ? [c.themeColor] : []));
}

suite('manifest', () => {
  test('every theme colour the decorations use is contributed, with a default for every theme kind', () => {
    const contributed = new Map<string, ColorContribution>((contributes.colors as ColorContribution[]).map((c) => [c.id, c]));
    const used = new Set<string>();
    for (const kind of KINDS) {
      const styles = [speakerQuoteStyle('#4e79a7', kind), unattributedQuoteStyle({}, kind), claimStyle({}), claimGutterStyle({}, kind)];
      for (const s of styles) for (const id of themeColorIds([s.backgroundColor, s.borderColor, s.overviewRulerColor])) used.add(id);
      for (const id of themeColorIds([speakerLabel('Ann Lee', undefined, kind).color])) used.add(id);
    }
    assert.ok(used.size >= 5);
    for (const id of used) {
      const c = contributed.get(id);
      assert.ok(c, `${id} is contributed`);
      for (const kind of KINDS) assert.ok(c.defaults[kind], `${id} has a ${kind} default`);
    }
  });

  test('the gutter icon falls back to the contributed claim colour of each theme kind', () => {
    const claim = (contributes.colors as ColorContribution[]).find((c) => c.id === 'newsAnnotator.claimForeground');
    assert.ok(claim);
    for (const kind of KINDS) assert.equal(DEFAULT_CLAIM_COLOR[kind].toLowerCase(), claim.defaults[kind].toLowerCase(), kind);
  });

  test('every semantic token type has a super type and theme scopes', () => {
    const types = (contributes.semanticTokenTypes as { id: string; superType: string }[]);
    assert.deepEqual(types.map((t) => t.id).sort(), ['claim', 'date', 'nationality', 'organization', 'person', 'place', 'quote', 'speaker']);
    const scopes = contributes.semanticTokenScopes[0].scopes as Record<string, string[]>;
    for (const t of types) {
      assert.ok(t.superType, `${t.id} has a superType`);
      assert.ok(scopes[t.id]?.length, `${t.id} has scopes`);
    }
  });

  test('the package runs from the bundle and ships an allowlist', () => {
    assert.equal(manifest.main, './client/dist/extension.js');
    const ignore = readFileSync(join(root, '.vscodeignore'), 'utf8').split('\n').filter((l) => l.trim() && !l.startsWith('#'));
    assert.equal(ignore[0], '**');
    assert.ok(ignore.includes('!client/dist/extension.js') && ignore.includes('!server/dist/server.js'));
    assert.ok(!ignore.some((l) => /node_modules|\/src\b/.test(l)), 'no sources or node_modules let in');
  });

  test('every contributed command is in the newsAnnotator namespace and titled', () => {
    for (const c of contributes.commands as { command: string; title: string }[]) {
      assert.match(c.command, /^newsAnnotator\.[a-zA-Z]+$/);
      assert.ok(c.title.length > 0);
    }
    const ids = (contributes.commands as { command: string }[]).map((c) => c.command);
    for (const id of ['newsAnnotator.toggleAnnotations', 'newsAnnotator.exportJson', 'newsAnnotator.showClaimsTable']) assert.ok(ids.includes(id), id);
  });

  test('the settings have descriptions, and maxFileSize defaults to 2 MB', () => {
    const props = contributes.configuration.properties as Record<string, { default?: unknown; markdownDescription?: string; description?: string }>;
    for (const [key, p] of Object.entries(props)) assert.ok(p.markdownDescription || p.description, `${key} is described`);
    assert.equal(props['newsAnnotator.maxFileSize'].default, 2097152);
    assert.deepEqual(props['newsAnnotator.languages'].default, ['plaintext', 'markdown', 'news-article']);
  });
});
