/**
 * Everything of the CLI that validates or describes rules: bundled apart (dist/cli-lazy.js) and loaded
 * on first use, so `--version`, `--help` and a `check --cache` hit never compile it.
 */
export { checkOnce } from './check-run';
export { rulesCatalog } from './rules-command';
export { explain } from './explain';
export { runReachCommand } from './reach-command';
export { runRoutesCommand } from './routes-command';
