import * as assert from 'node:assert/strict';
import { DEFAULT_MAX_FILE_SIZE, checkInput, formatBytes, looksBinary, looksMinified } from '../analysis/limits';

const bytes = (...values: number[]): Uint8Array => Uint8Array.from(values);
const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);

suite('limits: checkInput', () => {
  const table: { name: string; content: string | Uint8Array; max?: number; expect: 'ok' | 'binary' | 'too-large' | 'minified' }[] = [
    { name: 'empty string', content: '', expect: 'ok' },
    { name: 'empty bytes', content: new Uint8Array(0), expect: 'ok' },
    { name: 'plain prose', content: 'The minister said the talks would resume.', expect: 'ok' },
    { name: 'prose as UTF-8 bytes', content: utf8('Zelensky’s «red line» — “never”, he said. 🇺🇦'), expect: 'ok' },
    { name: 'NUL in a string', content: 'abc\u0000def', expect: 'binary' },
    { name: 'NUL byte', content: bytes(0x25, 0x50, 0x44, 0x46, 0x00, 0x01), expect: 'binary' },
    { name: 'NUL after the first 8 KB is not looked at', content: 'a'.repeat(9000) + '\u0000', expect: 'ok' },
    { name: 'NUL just inside the first 8 KB', content: 'a'.repeat(8191) + '\u0000', expect: 'binary' },
    { name: 'UTF-16 with BOM reads as binary (NULs), as git decides', content: bytes(0xff, 0xfe, 0x41, 0x00), expect: 'binary' },
    { name: 'exactly the limit', content: 'x'.repeat(100), max: 100, expect: 'ok' },
    { name: 'one over the limit', content: 'x'.repeat(101), max: 100, expect: 'too-large' },
    { name: 'bytes over the limit', content: new Uint8Array(101), max: 100, expect: 'too-large' },
    { name: 'too large wins over binary', content: '\u0000'.repeat(101), max: 100, expect: 'too-large' },
    { name: 'a string counts UTF-16 code units, not bytes', content: 'é'.repeat(100), max: 100, expect: 'ok' },
    { name: 'the same text as UTF-8 is 200 bytes', content: utf8('é'.repeat(100)), max: 100, expect: 'too-large' },
    { name: 'default limit is 2 MB: at the limit', content: new Uint8Array(DEFAULT_MAX_FILE_SIZE).fill(0x20), expect: 'ok' },
    { name: 'default limit is 2 MB: over it', content: new Uint8Array(DEFAULT_MAX_FILE_SIZE + 1).fill(0x61), expect: 'too-large' },
    { name: 'a minified script', content: 'function n(t,e){return t+e}var r={a:[1,2,3],b:"x"};if(r.a.length>2){r.b=n(r.a[0],r.a[1])}'.repeat(80), expect: 'minified' },
    { name: 'a minified script as bytes', content: utf8('function n(t,e){return t+e}var r={a:[1,2,3],b:"x"};if(r.a.length>2){r.b=n(r.a[0],r.a[1])}'.repeat(80)), expect: 'minified' },
    { name: 'a long paragraph is prose', content: 'The talks resumed on Monday, the envoy said. '.repeat(400), expect: 'ok' },
    { name: 'binary wins over minified', content: '\u0000' + 'x{y};'.repeat(2000), expect: 'binary' },
    { name: 'too large wins over minified', content: 'x{y};'.repeat(2000), max: 100, expect: 'too-large' },
  ];
  for (const row of table) {
    test(row.name, () => {
      const verdict = checkInput(row.content, row.max);
      assert.equal(verdict.ok ? 'ok' : verdict.reason, row.expect);
      if (!verdict.ok) assert.ok(verdict.message.length > 0);
    });
  }

  test('the message names the limit and the size', () => {
    const verdict = checkInput(new Uint8Array(3 << 20), 2 << 20);
    assert.equal(verdict.ok, false);
    if (!verdict.ok) assert.equal(verdict.message, 'larger than the limit of 2.0 MB (3.0 MB)');
  });

  test('DEFAULT_MAX_FILE_SIZE is 2 MB', () => assert.equal(DEFAULT_MAX_FILE_SIZE, 2 * 1024 * 1024));
});

suite('limits: looksBinary', () => {
  test('string and bytes agree', () => {
    for (const s of ['', 'plain', 'a\u0000b', '\u0000']) assert.equal(looksBinary(s), looksBinary(utf8(s)), JSON.stringify(s));
  });
  test('other control characters are text (form feeds, escapes in logs)', () => assert.equal(looksBinary('a\f\u001b[0mb\u0007'), false));
});

suite('limits: formatBytes', () => {
  const table: [number, string][] = [[0, '0 bytes'], [1023, '1023 bytes'], [1024, '1 KB'], [200 * 1024, '200 KB'], [1 << 20, '1.0 MB'], [(2 << 20) + (1 << 19), '2.5 MB']];
  for (const [n, expected] of table) test(`${n} → ${expected}`, () => assert.equal(formatBytes(n), expected));
});

suite('limits: looksMinified', () => {
  const sentence = 'The spokesman said on Tuesday that the talks in Geneva would resume next week, officials confirmed. ';
  const minifiedJs = 'function n(t,e){return t+e}var r={a:[1,2,3],b:"x"};if(r.a.length>2){r.b=n(r.a[0],r.a[1])}'.repeat(80);
  const base64 = 'QUJDREVGR0hJSktMTU5PUFFSU1RVVldYWVo0NTY3ODkrLw=='.repeat(150);
  const json = JSON.stringify(Array.from({ length: 400 }, (_, i) => ({ id: i, name: `n${i}`, tags: ['a', 'b'] })));
  const table: { name: string; text: string; expect: boolean }[] = [
    { name: 'empty', text: '', expect: false },
    { name: 'an article on one line', text: sentence.repeat(200), expect: false },
    { name: 'an article, a paragraph a line', text: (sentence.repeat(4) + '\n').repeat(60), expect: false },
    { name: 'Chinese prose on one line (no spaces, no ASCII syntax)', text: '外交部发言人周二表示，日内瓦会谈将于下周恢复。'.repeat(400), expect: false },
    { name: 'minified JavaScript', text: minifiedJs, expect: true },
    { name: 'minified JavaScript after a licence header', text: '/*! licence: MIT */\n' + minifiedJs, expect: true },
    { name: 'a base64 blob', text: base64, expect: true },
    { name: 'a JSON dump on one line', text: json, expect: true },
    { name: 'short minified line under the threshold', text: minifiedJs.slice(0, 4000), expect: false },
    { name: 'CRLF line ends split lines too', text: (minifiedJs.slice(0, 4000) + '\r\n').repeat(5), expect: false },
  ];
  for (const row of table) test(row.name, () => assert.equal(looksMinified(row.text), row.expect));

  test('only the sample is read', () => assert.equal(looksMinified(sentence.repeat(100) + '\n' + minifiedJs, 5000, 1000), false));
});
