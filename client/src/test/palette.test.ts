import * as assert from 'node:assert/strict';
import { claimGutterIcon, paletteSlot, tint, tintAlpha } from '../palette';

suite('palette', () => {
  test('paletteSlot cycles through the palette and leaves unattributed quotes out', () => {
    assert.equal(paletteSlot(0, 8), 0);
    assert.equal(paletteSlot(7, 8), 7);
    assert.equal(paletteSlot(8, 8), 0);
    assert.equal(paletteSlot(19, 8), 3);
    assert.equal(paletteSlot(-1, 8), undefined);
    assert.equal(paletteSlot(2, 0), undefined);
    assert.equal(paletteSlot(1.5, 8), undefined);
    assert.equal(paletteSlot(Number.NaN, 8), undefined);
  });

  test('tint scales the alpha of every accepted colour form', () => {
    assert.equal(tint('#4e79a7', 0.25), '#4e79a740');
    assert.equal(tint('#ABC', 1), '#aabbccff');
    assert.equal(tint('#abcd', 1), '#aabbccdd');
    assert.equal(tint('#4e79a780', 0.5), '#4e79a740');
    assert.equal(tint(' rgb(10, 20, 30) ', 0.2), 'rgba(10, 20, 30, 0.2)');
    assert.equal(tint('rgba(10,20,30,0.5)', 0.5), 'rgba(10, 20, 30, 0.25)');
    assert.equal(tint('hsl(120, 50%, 40%)', 0.2), 'hsla(120, 50%, 40%, 0.2)');
    assert.equal(tint('hsla(120 50% 40% 50%)', 0.5), 'hsla(120, 50%, 40%, 0.25)');
  });

  test('tint refuses what is not a colour', () => {
    assert.equal(tint('red', 0.2), undefined);
    assert.equal(tint('#12345', 0.2), undefined);
    assert.equal(tint('rgb(1, 2)', 0.2), undefined);
    assert.equal(tint('rgba(1, 2, 3, x)', 0.2), undefined);
    assert.equal(tint('', 0.2), undefined);
  });

  test('quotes are tinted in light and dark themes, never in high contrast', () => {
    assert.ok(tintAlpha('light') > 0 && tintAlpha('dark') > tintAlpha('light'));
    assert.equal(tintAlpha('highContrast'), 0);
    assert.equal(tintAlpha('highContrastLight'), 0);
  });

  test('the claim icon is an SVG data URI in the given colour, with nothing injected', () => {
    const uri = claimGutterIcon('#e15759');
    assert.match(uri, /^data:image\/svg\+xml;base64,[A-Za-z0-9+/=]+$/);
    const svg = atob(uri.slice(uri.indexOf(',') + 1));
    assert.match(svg, /^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    assert.match(svg, /fill="#e15759"/);
    const hostile = atob(claimGutterIcon('#fff"/><script>alert(1)</script>').split(',')[1]);
    assert.doesNotMatch(hostile, /<script|"\/>\s*<script/);
  });
});
