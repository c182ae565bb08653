/** The precompiled validators (scripts/gen-validators.ts, written by every build) as the bundles carry them. */
import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as path from 'path';

const GENERATED = path.resolve(__dirname, '..', '..', 'server', 'src', 'core', 'schema', 'generated', 'validators.js');

describe('generated validators', () => {
  it('collect a referenced validator\'s errors in place, not by concat (quadratic on 70,000 bad entries)', () => {
    const code = fs.readFileSync(GENERATED, 'utf8');
    assert.ok(code.includes('vErrors = __appendErrors(vErrors, '), 'the rewritten form is there');
    assert.equal(code.match(/vErrors\.concat\(/g), null);
  });
});
