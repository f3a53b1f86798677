import * as assert from 'node:assert/strict';
import { NewsAnnotatorSettings } from '../protocol';
import { SettingsCache } from '../lsp/settings';

suite('protocol: settings', () => {
  test('from() fills what is missing with the defaults', () => {
    assert.deepEqual(NewsAnnotatorSettings.from(undefined), NewsAnnotatorSettings.defaults);
    assert.deepEqual(NewsAnnotatorSettings.from(null), NewsAnnotatorSettings.defaults);
    assert.deepEqual(NewsAnnotatorSettings.from('nonsense'), NewsAnnotatorSettings.defaults);
    assert.equal(NewsAnnotatorSettings.defaults.maxFileSize, 2 * 1024 * 1024);
  });

  test('from() keeps valid values and replaces invalid ones field by field', () => {
    const s = NewsAnnotatorSettings.from({
      enable: false,
      languages: ['markdown', 3, ''],
      maxFileSize: 1000.7,
      colors: { speakers: ['#112233', 'red;}', 'rgba(1, 2, 3, 0.5)'], unattributed: 42, claim: '#abc' },
      decorations: 'yes',
    });
    assert.deepEqual(s, {
      enable: false,
      languages: ['markdown'],
      maxFileSize: 1000,
      colors: { speakers: ['#112233', 'rgba(1, 2, 3, 0.5)'], unattributed: NewsAnnotatorSettings.defaults.colors.unattributed, claim: '#abc' },
      decorations: true,
    });
    assert.equal(NewsAnnotatorSettings.from({ maxFileSize: -5 }).maxFileSize, NewsAnnotatorSettings.defaults.maxFileSize);
    assert.equal(NewsAnnotatorSettings.from({ maxFileSize: Infinity }).maxFileSize, NewsAnnotatorSettings.defaults.maxFileSize);
    assert.deepEqual(NewsAnnotatorSettings.from({ colors: { speakers: [] } }).colors.speakers, NewsAnnotatorSettings.defaults.colors.speakers);
  });

  test('colours: hex and functional notations only', () => {
    for (const c of ['#fff', '#ffff', '#a1b2c3', '#a1b2c3d4', 'rgb(1,2,3)', 'hsla(120, 50%, 50%, 0.3)']) assert.ok(NewsAnnotatorSettings.isColor(c), c);
    for (const c of ['#ff', 'url(x)', 'red', '', 'rgb(1,2,3', 7]) assert.ok(!NewsAnnotatorSettings.isColor(c), String(c));
  });

  test('the cache asks once per resource until the configuration changes', async () => {
    const asked: string[] = [];
    const cache = new SettingsCache(async (uri) => {
      asked.push(uri);
      return { maxFileSize: 10 };
    });
    assert.equal((await cache.get('a')).maxFileSize, 10);
    await cache.get('a');
    await cache.get('b');
    assert.deepEqual(asked, ['a', 'b']);
    cache.changed(null);
    await cache.get('a');
    assert.deepEqual(asked, ['a', 'b', 'a']);
  });

  test('a client that cannot answer gets the defaults; pushed settings serve clients without configuration', async () => {
    const failing = new SettingsCache(() => Promise.reject(new Error('no')));
    assert.deepEqual(await failing.get('a'), NewsAnnotatorSettings.defaults);
    const pushed = new SettingsCache();
    pushed.changed({ newsAnnotator: { enable: false } });
    assert.equal((await pushed.get('a')).enable, false);
  });
});
