import * as assert from 'node:assert/strict';
import { compileNow, compilerOnce } from '../analysis/machineCode';

suite('machine code before the first subject', () => {
  test('compileNow leaves a global expression where a scan starts, and its matches as they were', () => {
    const cue = /\b(?:annex(?:es|ed|ing)?|seized)\b/gi;
    cue.lastIndex = 7;
    compileNow(cue);
    assert.equal(cue.lastIndex, 0);
    assert.deepEqual([...'Ostland annexed Vell and seized Kestria.'.matchAll(cue)].map((m) => [m.index, m[0]]), [[8, 'annexed'], [25, 'seized']]);
  });

  test('compilerOnce runs its expression on the blank text once, however often it is called', () => {
    let runs = 0;
    const expression = /x/g;
    const exec = expression.exec.bind(expression);
    expression.exec = (subject: string) => {
      runs++;
      assert.ok(subject.length >= 1000 && subject.trim() === '', 'a long blank subject');
      return exec(subject);
    };
    const compile = compilerOnce(expression);
    compile();
    compile();
    compile();
    assert.equal(runs, 1);
  });
});
