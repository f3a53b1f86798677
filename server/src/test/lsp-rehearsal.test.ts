import * as assert from 'node:assert/strict';
import { createAnalyzer, type Analyzer, type Annotations } from '../analysis';
import { rehearsal } from '../lsp/rehearsal';
import { loadGazetteer } from '../node/gazetteerFile';

const ARTICLE = [
  'Kremlin spokesman Dmitry Peskov said Russia controls most of the Donetsk region.',
  '“We will never give up Crimea,” Volodymyr Zelensky told reporters in Kyiv.',
  'According to Peskov, the regions are an inseparable part of Russia. Moscow annexed Crimea in 2014.',
  '“It is a red line,” he said. “There will be no negotiation.”',
  'Mayor Lena Hart said the bridge would reopen, and Mr. Ortiz agreed.',
].join('\n\n');

suite('lsp: edits rehearsed on a document just opened', function () {
  this.timeout(60_000);
  const analyzer = createAnalyzer({ gazetteer: loadGazetteer() });
  const json = (a: Annotations): string => JSON.stringify(a);

  for (const markdown of [false, true]) {
    test(`each pair leaves the analysis of the document as it stands, and the next edit reads on from it${markdown ? ' (Markdown)' : ''}`, () => {
      const text = `${ARTICLE}\n\n${ARTICLE.replace(/Peskov/g, 'Lavrov')}\n`;
      const whole = json(analyzer.analyze(text, { markdown }));
      let kept = analyzer.analyze(text, { markdown, keep: true });
      const analysed: { length: number; previous: boolean }[] = [];
      const entities: number[] = [];
      const watched: Analyzer = {
        analyze: (t, options, token) => {
          analysed.push({ length: t.length, previous: options?.previous !== undefined });
          const result = analyzer.analyze(t, options, token);
          entities.push(result.entities.length);
          return result;
        },
        release: (r) => analyzer.release(r),
      };
      let pairs = 0;
      for (const result of rehearsal(watched, text, kept, markdown, 6)) {
        pairs++;
        assert.equal(json(result), whole, `after pair ${pairs}`);
        kept = result;
      }
      assert.equal(pairs, 6);
      // a person's name in, then out (one entity more, renumbering those after it); then one
      // character out, then in; one in, then out: each from the analysis before
      const d = text.length;
      const name = 'Ilsa Vardemann '.length;
      assert.deepEqual(analysed, [d + name, d, d - 1, d, d + 1, d, d - 1, d, d + 1, d, d - 1, d].map((length) => ({ length, previous: true })));
      assert.deepEqual(entities.slice(0, 2), [entities[1]! + 1, analyzer.analyze(text, { markdown }).entities.length]);
      const edited = text.replace('Mayor Lena Hart', 'Mayor Lena Harte');
      assert.equal(json(analyzer.analyze(edited, { markdown, previous: kept })), json(analyzer.analyze(edited, { markdown })));
    });
  }

  test('no pairs, nothing rehearsed', () => {
    const opened = analyzer.analyze(ARTICLE, { keep: true });
    assert.deepEqual([...rehearsal(analyzer, ARTICLE, opened, false, 0)], []);
  });
});
