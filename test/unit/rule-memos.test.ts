/** Memos of the rule stage: each answers as the uncached computation would, and an edit that reshapes the workspace drops it. */
import { strict as assert } from 'assert';
import { InMemoryWorkspace } from '../../server/src/core/workspace';
import { invalidateWorkspaceIndex } from '../../server/src/core/index/index';
import { findPluginRoot } from '../../server/src/core/targets';
import { validateFile } from '../../server/src/core/validate';
import { suggestField } from '../../server/src/core/rules/skill/unknown-field';
import { codeIndex, codeRanges, findReferences } from '../../server/src/core/rules/skill/references';
import { isInside, relativeTo } from '../../server/src/core/paths';
import { posix } from 'path';
import { exceedsMaxNesting, MAX_NESTING, nestingDepth } from '../../server/src/core/limits';
import { readJson } from '../../server/src/core/index/components';
import { rootValue, toValue } from '../../server/src/core/parse/node';
import { parseJson } from '../../server/src/core/parse/json';

const SK = '---\nname: a\ndescription: d\n---\n';

describe('rule-stage memos', () => {
  it('readJson: one parse per snapshot, the same value as JSON.parse; an edited manifest is read again after the workspace is invalidated', () => {
    const ws = new InMemoryWorkspace('/ws', { 'p/.claude-plugin/plugin.json': '{"name":"p","version":"1.0.0"}', 'bad.json': '{"name":', 'bom.json': '\ufeff{"a":1}' });
    const first = readJson(ws, '/ws/p/.claude-plugin/plugin.json');
    assert.deepEqual(first, { name: 'p', version: '1.0.0' });
    assert.equal(readJson(ws, '/ws/p/.claude-plugin/plugin.json'), first); // the memo's value
    assert.equal(readJson(ws, '/ws/bad.json'), undefined);
    assert.equal(readJson(ws, '/ws/absent.json'), undefined);
    assert.deepEqual(readJson(ws, '/ws/bom.json'), { a: 1 });
    ws.set('/ws/p/.claude-plugin/plugin.json', '{"name":"p","version":"2.0.0"}');
    ws.set('/ws/absent.json', '[1]');
    invalidateWorkspaceIndex(ws);
    assert.deepEqual(readJson(ws, '/ws/p/.claude-plugin/plugin.json'), { name: 'p', version: '2.0.0' });
    assert.deepEqual(readJson(ws, '/ws/absent.json'), [1]);
  });

  it('rootValue: the value toValue builds, once per parsed root', () => {
    const { root } = parseJson('{"a":[1,{"b":null}],"c":"x","a2":true}');
    const value = rootValue(root);
    assert.deepEqual(value, toValue(root));
    assert.equal(rootValue(root), value);
    assert.equal(rootValue(undefined), undefined);
    assert.notEqual(rootValue(parseJson('{"a":1}').root), rootValue(parseJson('{"a":1}').root)); // per parse, not per text
  });

  it('findPluginRoot: every folder under a plugin finds it; a manifest added later is found after the workspace is invalidated', () => {
    const ws = new InMemoryWorkspace('/ws', { 'p/.claude-plugin/plugin.json': '{"name":"p"}', 'p/skills/a/SKILL.md': SK, 'q/skills/b/SKILL.md': SK });
    assert.equal(findPluginRoot('/ws/p/skills/a/SKILL.md', ws), '/ws/p');
    assert.equal(findPluginRoot('/ws/p/skills/z/deeper/SKILL.md', ws), '/ws/p'); // a sibling folder, from the memo
    assert.equal(findPluginRoot('/ws/q/skills/b/SKILL.md', ws), undefined);
    ws.set('/ws/q/.claude-plugin/plugin.json', '{"name":"q"}');
    invalidateWorkspaceIndex(ws);
    assert.equal(findPluginRoot('/ws/q/skills/b/SKILL.md', ws), '/ws/q');
    assert.equal(findPluginRoot('/ws/p/skills/a/SKILL.md', ws), '/ws/p');
  });

  it('findPluginRoot: a root more than 12 folders up is not found, memo or not', () => {
    const deep = Array.from({ length: 12 }, (_, i) => `d${i}`).join('/');
    const ws = new InMemoryWorkspace('/ws', { 'p/.claude-plugin/plugin.json': '{"name":"p"}' });
    assert.equal(findPluginRoot('/ws/p/d0/x.md', ws), '/ws/p'); // remembers /ws/p/d0
    assert.equal(findPluginRoot(`/ws/p/${deep}/x.md`, ws), undefined);
    assert.equal(findPluginRoot(`/ws/p/${deep}/x.md`, new InMemoryWorkspace('/ws', { 'p/.claude-plugin/plugin.json': '{}' })), undefined);
  });

  it('a skill validated before and after its plugin manifest appears: the targets follow the workspace', () => {
    const ws = new InMemoryWorkspace('/ws', { 'q/skills/b/SKILL.md': SK });
    const before = validateFile({ path: '/ws/q/skills/b/SKILL.md', text: SK }, { workspace: ws });
    ws.set('/ws/q/.claude-plugin/plugin.json', '{"name":"q"}');
    invalidateWorkspaceIndex(ws);
    const after = validateFile({ path: '/ws/q/skills/b/SKILL.md', text: SK }, { workspace: ws });
    assert.ok(before.targets!.surfaces.length > after.targets!.surfaces.length, 'a plugin skill is checked for Claude Code only');
  });

  it('suggestField gives the same answer from the memo as on first computation', () => {
    const first = ['allowed_tools', 'descripton', 'whatever-key', 'allowedTools'].map((k) => suggestField(k));
    const again = ['allowed_tools', 'descripton', 'whatever-key', 'allowedTools'].map((k) => suggestField(k));
    assert.deepEqual(again, first);
    assert.equal(first[0], 'allowed-tools');
    assert.equal(first[2], undefined);
  });
});

describe('skill references: code spans looked up per line', () => {
  // Small alphabets make fences, spans, CRLF and unclosed blocks frequent.
  const EXAMPLE = new Set(['', 'markdown', 'md', 'mdx', 'yaml', 'yml', 'json', 'jsonc', 'text', 'txt', 'plaintext']);
  const PIECES = ['`', '``', '```', '~~~', '```md', '```js', 'a', ' ', '  ', '\n', '\r\n', '[x](y)', 'text'];
  let seed = 7;
  const rand = (n: number) => { seed = (seed * 1103515245 + 12345) % 2147483648; return seed % n; };
  it('codeIndex answers as the whole-body codeRanges scan for every offset of 400 random bodies', () => {
    for (let t = 0; t < 400; t++) {
      const text = Array.from({ length: 5 + rand(60) }, () => PIECES[rand(PIECES.length)]).join('');
      const start = rand(3) === 0 ? Math.min(text.length, text.indexOf('\n') + 1) : 0;
      const ranges = codeRanges(text, start);
      const index = codeIndex(text, start);
      for (let o = start; o < text.length; o++) {
        const r = ranges.find(([a, b]) => o >= a && o < b);
        assert.equal(index.inCode(o), r !== undefined, `inCode at ${o} of ${JSON.stringify(text)}`);
        assert.equal(index.inExample(o), r?.[2] !== undefined && EXAMPLE.has(r[2]), `inExample at ${o} of ${JSON.stringify(text)}`);
      }
    }
  });
});

describe('skill references: the scans start where a link or fence can', () => {
  // The whole-body regex scans the jumps replaced: the reference for their matches.
  const fencesByRegex = (text: string, start: number) => {
    const out: Array<[number, number, string]> = [];
    const fence = /^( {0,3})(`{3,}|~{3,})[^\n]*$/gm;
    fence.lastIndex = start;
    let open: { at: number; marker: string; lang: string } | undefined;
    let m: RegExpExecArray | null;
    while ((m = fence.exec(text))) {
      if (!open) open = { at: m.index, marker: m[2], lang: m[0].slice(m[1].length + m[2].length).trim().split(/[\s{]/)[0].toLowerCase() };
      else if (m[2][0] === open.marker[0] && m[2].length >= open.marker.length && m[0].trim() === m[2]) { out.push([open.at, m.index + m[0].length, open.lang]); open = undefined; }
    }
    if (open) out.push([open.at, text.length, open.lang]);
    return out;
  };
  const linksByRegex = (text: string, start: number) => {
    const link = /!?\[[^\]\n]*\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g;
    link.lastIndex = start;
    const out: Array<[number, string]> = [];
    let m: RegExpExecArray | null;
    while ((m = link.exec(text))) out.push([m.index + m[0].indexOf(m[1]), m[1]]);
    return out;
  };
  const PIECES = ['`', '```', '````', '~~~', '   ```', '    ```', '```md', 'a', ' ', '\n', '\r\n', '\r', '\u2028', '[x](y.md)', '![i](p.png)', '[', ']', '](', '(', ')', 'a](b)', '[t]', '"', '<', '>', 'text'];
  let seed = 3;
  const rand = (n: number) => { seed = (seed * 1103515245 + 12345) % 2147483648; return seed % n; };
  it('finds the links and fenced blocks the whole-body regex scans find, on 3000 random bodies', () => {
    for (let t = 0; t < 3000; t++) {
      const text = Array.from({ length: 1 + rand(40) }, () => PIECES[rand(PIECES.length)]).join('');
      const start = rand(3) === 0 ? rand(text.length + 1) : 0;
      const refs = findReferences(text, start).filter((r) => !text.startsWith('${', r.offset)).map((r) => [r.offset, r.target]);
      assert.deepEqual(refs, linksByRegex(text, start), `links of ${JSON.stringify(text)} from ${start}`);
      const fences = codeRanges(text, start).filter((r) => r[2] !== undefined);
      assert.deepEqual(fences, fencesByRegex(text, start), `fences of ${JSON.stringify(text)} from ${start}`);
    }
  });
});

describe('path shortcuts', () => {
  it('answers as path.posix.relative for plain, dotted, doubled, trailing and outside paths', () => {
    const roots = ['/ws', '/ws/', '/', '/w s/x', '/ws/./a', 'ws', 'c:/ws'];
    const paths = ['/ws/a/b.md', '/ws', '/ws/', '/wsx/a', '/ws/../a', '/ws/a/./b', '/ws//a', '/w s/x/y', '/other/a', '/ws/a/', 'ws/a', 'c:/ws/a', '/ws/.claude/x', '/ws/..x/y', '/ws/a/.'];
    for (const root of roots) for (const p of paths) assert.equal(relativeTo(root, p), posix.relative(root, p), `${root} → ${p}`);
  });

  it('isInside answers as the path.relative test it shortcuts', () => {
    const slow = (parent: string, child: string) => { const rel = posix.relative(parent, child); return rel === '' || (!rel.startsWith('..') && !posix.isAbsolute(rel)); };
    const roots = ['/ws', '/ws/', '/', '/ws/./a', '/ws/a'];
    const paths = ['/ws/a/b.md', '/ws', '/ws/', '/wsx/a', '/ws/../a', '/ws/a/./b', '/ws//a', '/other/a', '/ws/a/', '/ws/a/..', '/ws/a/../..', '/ws/.claude/x', '/ws/..x/y', '/ws/a/.'];
    for (const root of roots) for (const p of paths) assert.equal(isInside(root, p), slow(root, p), `${root} ⊇ ${p}`);
  });
});

describe('nestingDepth', () => {
  /** The character-by-character reading it replaced: the reference for its answers. */
  function reference(text: string): number {
    let depth = 0; let max = 0; let inString = false;
    for (let i = 0; i < text.length; i++) {
      const c = text[i];
      if (inString) { if (c === '\\') i++; else if (c === '"') inString = false; continue; }
      if (c === '"') inString = true;
      else if (c === '[' || c === '{') max = Math.max(max, ++depth);
      else if (c === ']' || c === '}') depth = Math.max(0, depth - 1);
    }
    return max;
  }
  it('answers as the character-by-character scan on 3000 random texts of quotes, backslashes and brackets', () => {
    const PIECES = ['"', '\\', '\\\\', '\\"', '[', ']', '{', '}', 'a', ' '];
    let seed = 11;
    const rand = (n: number) => { seed = (seed * 1103515245 + 12345) % 2147483648; return seed % n; };
    for (let t = 0; t < 3000; t++) {
      const text = Array.from({ length: rand(40) }, () => PIECES[rand(PIECES.length)]).join('');
      assert.equal(nestingDepth(text), reference(text), JSON.stringify(text));
    }
    assert.equal(nestingDepth('['.repeat(300)), 300);
    assert.equal(nestingDepth('"' + '['.repeat(300) + '"'), 0);
  });

  it('exceedsMaxNesting answers nestingDepth > MAX_NESTING, with few brackets or many', () => {
    const texts = ['', '{}', '['.repeat(MAX_NESTING), '['.repeat(MAX_NESTING + 1), '{'.repeat(MAX_NESTING) + '[', '[]'.repeat(MAX_NESTING * 2),
      '"' + '['.repeat(MAX_NESTING + 5) + '"', '{"a":' + '['.repeat(MAX_NESTING + 1) + ']'.repeat(MAX_NESTING + 1) + '}'];
    for (const text of texts) assert.equal(exceedsMaxNesting(text), nestingDepth(text) > MAX_NESTING, text.slice(0, 20));
  });
});

describe('marketplace entry load failure memo', () => {
  it('a plugin.json fixed after the marketplace was checked: the entry stops failing once the workspace is invalidated', () => {
    const market = JSON.stringify({ name: 'm', owner: { name: 'o' }, plugins: [{ name: 'p', source: './p' }] });
    const ws = new InMemoryWorkspace('/ws', { '.claude-plugin/marketplace.json': market, 'p/.claude-plugin/plugin.json': '{ "name": ' });
    const fails = () => validateFile({ path: '/ws/.claude-plugin/marketplace.json', text: market }, { workspace: ws }).findings
      .filter((f) => f.ruleId === 'marketplace/entry-plugin-fails').length;
    assert.equal(fails(), 1);
    ws.set('/ws/p/.claude-plugin/plugin.json', '{ "name": "p" }');
    invalidateWorkspaceIndex(ws);
    assert.equal(fails(), 0);
  });
});
