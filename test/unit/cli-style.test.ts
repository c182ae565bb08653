import { strict as assert } from 'assert';
import { splitFirstSentence, wantsColor, wrap } from '../../server/src/cli/style';

describe('CLI style: sentences, wrapping, colour decision', () => {
  it('splits at the first sentence end, not inside code, quotes, parentheses or abbreviations', () => {
    assert.deepEqual(splitFirstSentence('The server is dropped. Rename it.'), ['The server is dropped.', 'Rename it.']);
    assert.deepEqual(splitFirstSentence('Reads `a. B` and SKILL.md files. Then stops.'), ['Reads `a. B` and SKILL.md files.', 'Then stops.']);
    assert.deepEqual(splitFirstSentence('Fails with "Bad. Value" here. Next.'), ['Fails with "Bad. Value" here.', 'Next.']);
    assert.deepEqual(splitFirstSentence('A form (e.g. Foo) works, e.g. Bar. Next one.'), ['A form (e.g. Foo) works, e.g. Bar.', 'Next one.']);
    assert.deepEqual(splitFirstSentence('Unknown key "descripton". Did you mean "description"?'), ['Unknown key "descripton".', 'Did you mean "description"?']);
    assert.deepEqual(splitFirstSentence('One sentence only.'), ['One sentence only.', '']);
  });

  it('wraps at word boundaries and keeps an over-long word whole', () => {
    assert.deepEqual(wrap('aa bb cc dd', 5), ['aa bb', 'cc dd']);
    assert.deepEqual(wrap('short https://example.com/a/very/long/url end', 10), ['short', 'https://example.com/a/very/long/url', 'end']);
  });

  it('colours a TTY unless NO_COLOR; FORCE_COLOR and the flag win', () => {
    assert.equal(wantsColor({ isTTY: true }, {}), true);
    assert.equal(wantsColor({ isTTY: false }, {}), false);
    assert.equal(wantsColor({ isTTY: true }, { NO_COLOR: '1' }), false);
    assert.equal(wantsColor({ isTTY: true }, { NO_COLOR: '' }), true);
    assert.equal(wantsColor({ isTTY: true }, { TERM: 'dumb' }), false);
    assert.equal(wantsColor({ isTTY: false }, { FORCE_COLOR: '1' }), true);
    assert.equal(wantsColor({ isTTY: true }, { FORCE_COLOR: '0' }), false);
    assert.equal(wantsColor({ isTTY: false }, { FORCE_COLOR: '1' }, false), false);
    assert.equal(wantsColor({ isTTY: false }, {}, true), true);
  });
});
