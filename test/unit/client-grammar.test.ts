/** The injection grammars: their patterns find the substitutions Claude loaders perform, and nothing else. */
import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as path from 'path';

const ROOT = path.resolve(__dirname, '..', '..');
const load = (f: string) => JSON.parse(fs.readFileSync(path.join(ROOT, 'syntaxes', f), 'utf8'));

/** All matches of every repository pattern (the patterns use no Oniguruma-only syntax, so JS RegExp runs them). */
function matches(grammar: { repository: Record<string, { match: string }> }, text: string): string[] {
  const found: string[] = [];
  for (const rule of Object.values(grammar.repository)) {
    for (const m of text.matchAll(new RegExp(rule.match, 'g'))) found.push(m[0]);
  }
  return found.sort();
}

describe('client injection grammars', () => {
  const json = load('json-variables.injection.tmLanguage.json');
  const md = load('markdown-substitutions.injection.tmLanguage.json');
  const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));

  it('are contributed under their own scope names, injected into JSON and Markdown (incl. VS Code 1.139 skill files)', () => {
    const byScope = new Map(pkg.contributes.grammars.map((g: { scopeName: string; injectTo: string[] }) => [g.scopeName, g.injectTo]));
    assert.deepEqual(byScope.get(json.scopeName), ['source.json', 'source.json.comments']);
    assert.deepEqual(byScope.get(md.scopeName), ['text.html.markdown', 'text.html.markdown.prompt']);
    assert.match(md.injectionSelector, /-meta\.embedded\.block\.frontmatter/);
  });

  it('highlight plugin variables and user_config in JSON strings', () => {
    const found = matches(json, '"${CLAUDE_PLUGIN_ROOT}/bin/x --key ${user_config.api_key} ${HOME:-/tmp} $CLAUDE_PROJECT_DIR/y ${__dirname}/s.js $5"');
    assert.ok(found.includes('${CLAUDE_PLUGIN_ROOT}'));
    assert.ok(found.includes('${user_config.api_key}'));
    assert.ok(found.includes('${HOME:-/tmp}'));
    assert.ok(found.includes('$CLAUDE_PROJECT_DIR'));
    assert.ok(found.includes('${__dirname}'));
    assert.ok(!found.some((f) => f.includes('$5')));
  });

  it('highlight $ARGUMENTS, $N, !`cmd` and ${CLAUDE_*} in Markdown bodies, but not $10 or prices', () => {
    const found = matches(md, 'Use $ARGUMENTS, $ARGUMENTS[1] and $2. Status: !`git status`. Dir ${CLAUDE_SKILL_DIR}. Costs $10 or $5x.');
    assert.deepEqual(found, ['!`git status`', '$2', '$ARGUMENTS', '$ARGUMENTS[1]', '${CLAUDE_SKILL_DIR}'].sort());
  });
});
