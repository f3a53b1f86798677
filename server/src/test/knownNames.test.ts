import * as assert from 'node:assert/strict';
import { Gazetteer, type GeoInfo } from '../analysis';
import { knownNames } from '../analysis/knownNames';

/** A gazetteer that knows one town and counts the look-ups it is asked. */
class OneTown extends Gazetteer {
  asked = 0;
  constructor(private readonly town: string) {
    super();
  }
  override lookup(name: string): GeoInfo | undefined {
    this.asked++;
    return name === this.town ? { kind: 'city', name: this.town } : undefined;
  }
}

suite('knownNames', () => {
  test('nationalities, countries, known organisations and the gazetteer\'s places, not common words', () => {
    const known = knownNames(new OneTown('Bakhmut'));
    assert.ok(known.isKnownName('Russian'));
    assert.ok(known.isKnownName('Britain'));
    assert.ok(known.isKnownName('Bakhmut'));
    assert.equal(known.isKnownName('Zxqvw'), false);
  });

  test('each gazetteer keeps its own answers, asked once per word across documents', () => {
    const a = new OneTown('Avdiivka');
    const b = new OneTown('Vuhledar');
    assert.ok(knownNames(a).isKnownName('Avdiivka'));
    assert.equal(knownNames(b).isKnownName('Avdiivka'), false);
    assert.ok(knownNames(b).isKnownName('Vuhledar'));
    const before = a.asked;
    assert.ok(knownNames(a).isKnownName('Avdiivka'));
    assert.equal(a.asked, before);
    assert.equal(knownNames(a), knownNames(a));
  });
});
