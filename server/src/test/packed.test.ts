import * as assert from 'node:assert/strict';
import { mapPacked } from '../analysis/packed';

suite('mapPacked', () => {
  test('gives what map gives, each item with its index, every place filled', () => {
    const names = ['Ivo Vell', 'Marta Kos', 'Teo'];
    const out = mapPacked(names, (name, i) => `${i}:${name.split(' ')[0]}`);
    assert.deepEqual(out, names.map((name, i) => `${i}:${name.split(' ')[0]}`));
    assert.deepEqual(out, ['0:Ivo', '1:Marta', '2:Teo']);
    for (let i = 0; i < out.length; i++) assert.ok(Object.hasOwn(out, i));
  });

  test('an empty list gives an empty array', () => {
    assert.deepEqual(mapPacked([], (x: number) => x + 1), []);
  });
});
