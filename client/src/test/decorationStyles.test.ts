import * as assert from 'node:assert/strict';
import { claimGutterStyle, claimStyle, speakerLabel, speakerQuoteStyle, unattributedQuoteStyle } from '../decorationStyles';

suite('decoration styles', () => {
  test('a speaker quote is a tinted background with an underline in the speaker colour', () => {
    const dark = speakerQuoteStyle('#4e79a7', 'dark');
    assert.equal(dark.borderColor, '#4e79a7');
    assert.equal(dark.backgroundColor, '#4e79a73d');
    assert.equal(dark.borderStyle, 'none none solid none');
    const light = speakerQuoteStyle('#4e79a7', 'light');
    assert.equal(light.backgroundColor, '#4e79a729');
  });

  test('high-contrast themes get a thicker underline and no background', () => {
    const hc = speakerQuoteStyle('#4e79a7', 'highContrast');
    assert.equal(hc.backgroundColor, undefined);
    assert.equal(hc.borderWidth, '0 0 2px 0');
  });

  test('unattributed quotes use the theme colours unless the user sets one', () => {
    assert.deepEqual(unattributedQuoteStyle({}, 'light').backgroundColor, { themeColor: 'newsAnnotator.unattributedQuoteBackground' });
    assert.deepEqual(unattributedQuoteStyle({}, 'light').borderColor, { themeColor: 'newsAnnotator.unattributedQuoteBorder' });
    const custom = unattributedQuoteStyle({ unattributed: '#808080' }, 'dark');
    assert.equal(custom.backgroundColor, '#8080803d');
    assert.equal(custom.borderColor, '#808080');
  });

  test('claims are marked in the gutter and on the right of the overview ruler', () => {
    const themed = claimGutterStyle({}, 'dark');
    assert.match(themed.gutterIconPath ?? '', /^data:image\/svg\+xml;base64,/);
    assert.deepEqual(themed.overviewRulerColor, { themeColor: 'newsAnnotator.claimOverviewRuler' });
    assert.equal(themed.overviewRulerLane, 'right');
    // Icons cannot follow a theme colour, so each theme kind gets its own default.
    assert.notEqual(claimGutterStyle({}, 'light').gutterIconPath, themed.gutterIconPath);
    const custom = claimGutterStyle({ claim: '#00ff00' }, 'dark');
    assert.equal(custom.overviewRulerColor, '#00ff00');
    assert.match(atob((custom.gutterIconPath ?? '').split(',')[1]), /#00ff00/);
  });

  test('claims are underlined in the claim colour: the theme colour unless the user sets one', () => {
    assert.deepEqual(claimStyle({}).borderColor, { themeColor: 'newsAnnotator.claimForeground' });
    assert.equal(claimStyle({ claim: '#00ff00' }).borderColor, '#00ff00');
    assert.equal(claimStyle({}).borderStyle, 'none none dotted none');
  });

  test('speaker labels name the speaker in their colour, shortened when very long', () => {
    const label = speakerLabel('Dmitry Peskov', '#f28e2b', 'dark');
    assert.equal(label.contentText, '— Dmitry Peskov');
    assert.equal(label.color, '#f28e2b');
    const long = speakerLabel('The Ministry of Foreign Affairs of the Republic of Somewhere', '#f28e2b', 'light');
    assert.equal(long.contentText.length, 2 + 40);
    assert.ok(long.contentText.endsWith('…'));
    assert.deepEqual(speakerLabel('Ann Lee', '#f28e2b', 'highContrast').color, { themeColor: 'newsAnnotator.speakerLabelForeground' });
    assert.deepEqual(speakerLabel('Ann Lee', undefined, 'dark').color, { themeColor: 'newsAnnotator.speakerLabelForeground' });
  });
});
