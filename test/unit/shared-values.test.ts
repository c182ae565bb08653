/** The server's shared copies of what it keeps (lsp/compact.ts SharedValues) and the first-phase memo's text fingerprints. */
import assert from 'node:assert/strict';
import { SharedValues } from '../../server/src/lsp/compact';
import { fingerprint, hasFingerprint } from '../../server/src/core/parse/fingerprint';

describe('lsp/compact: shared values', () => {
  it('equal values are one object; the copy serializes like the original (undefined dropped, as JSON does)', () => {
    const pool = new SharedValues();
    const a = pool.share({ status: 'loads', why: 'x', sources: ['u1', 'u2'], base: undefined, n: 1 });
    const b = pool.share({ status: 'loads', why: 'x', sources: ['u1', 'u2'], n: 1 });
    assert.equal(a, b);
    assert.equal(JSON.stringify(a), '{"status":"loads","why":"x","sources":["u1","u2"],"n":1}');
    assert.equal(pool.share(['u1', 'u2']), a.sources, 'parts are shared too');
  });

  it('never merges values that differ in type, order or nesting', () => {
    const pool = new SharedValues();
    const values: unknown[] = [{ a: '1' }, { a: 1 }, { a: true }, { a: 'true' }, { a: null }, { a: 'null' }, ['a,b'], ['a', 'b'], { a: 1, b: 2 }, { b: 2, a: 1 }, [[1]], [1], [], {}, { a: [] }, { a: {} }];
    const shared = values.map((v) => pool.share(v));
    assert.equal(new Set(shared).size, values.length);
    shared.forEach((s, i) => assert.equal(JSON.stringify(s), JSON.stringify(values[i])));
  });

  it('copies keep their own objects but share equal strings', () => {
    const pool = new SharedValues();
    const text = 'name: a-very-long-skill-name-sliced-from-a-file';
    const x = pool.copy({ name: text.slice(6), tools: ['Read'] });
    const y = pool.copy({ name: text.slice(6), tools: ['Read'] });
    assert.notEqual(x, y);
    assert.notEqual(x.tools, y.tools);
    assert.deepEqual(x, y);
    assert.deepEqual(x, { name: 'a-very-long-skill-name-sliced-from-a-file', tools: ['Read'] });
  });
});

describe('core/parse/fingerprint', () => {
  it('tells an equal text from an edited one of the same or another length', () => {
    const text = '{ "name": "p", "version": "1.0.0" }\n';
    const f = fingerprint(text);
    assert.ok(hasFingerprint(`${text}`, f));
    assert.ok(!hasFingerprint(text.replace('1.0.0', '1.0.1'), f));
    assert.ok(!hasFingerprint(`${text} `, f));
    assert.ok(!hasFingerprint('', f));
    assert.deepEqual(fingerprint(''), fingerprint(''));
  });
});
