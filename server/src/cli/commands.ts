/**
 * The commands and options of `plugin-lens`, as data: the parser (args.ts) and the help (help.ts) both
 * read this table, so an option cannot exist without its help line or the reverse.
 */
import { SURFACE_IDS } from '../core/surfaces';
import { CACHE_STRATEGIES } from '../node/dependencies';

export interface OptionSpec {
  name: string;
  short?: string;
  type: 'string' | 'boolean';
  /** Placeholder of the value in the help, e.g. `<name>`. */
  arg?: string;
  multiple?: boolean;
  default?: string;
  /** Allowed values (a value outside them is a usage error with a did-you-mean). */
  choices?: readonly string[];
  help: string;
}

export interface CommandSpec {
  name: string;
  summary: string;
  usage: string;
  /** Paragraphs printed under the usage line. */
  description: string[];
  options: OptionSpec[];
  examples: Array<[command: string, what: string]>;
}

const COLOR: OptionSpec[] = [
  { name: 'color', type: 'boolean', help: 'Colour the output even when it is not a terminal.' },
  { name: 'no-color', type: 'boolean', help: 'Never colour the output (also: NO_COLOR=1).' },
];
const HELP: OptionSpec = { name: 'help', short: 'h', type: 'boolean', help: 'Show this help.' };
const TARGET: OptionSpec = {
  name: 'target', type: 'string', arg: '<id,...>', multiple: true,
  help: 'Surfaces the items must load on (comma-separated or repeated); see the list below.',
};
const CONFIG: OptionSpec = { name: 'config', short: 'c', type: 'string', arg: '<file>', help: 'Use this .plugin-lens.json instead of the one found upward.' };

export const CHECK_FORMATS = ['text', 'compact', 'json', 'sarif', 'github'] as const;
export const REACH_FORMATS = ['table', 'json', 'markdown'] as const;
export const ROUTES_FORMATS = ['table', 'json', 'markdown'] as const;
export const RULES_FORMATS = ['text', 'json', 'markdown'] as const;

export const COMMANDS: readonly CommandSpec[] = [
  {
    name: 'check',
    summary: 'Validate plugin, skill, hook and MCP files as the Claude loaders read them.',
    usage: 'plugin-lens check [options] [paths...]',
    description: [
      'Checks every file Plugin Lens knows under the paths (default: the current folder); folders are searched recursively, skipping .git and node_modules.',
    ],
    options: [
      { name: 'format', short: 'f', type: 'string', arg: '<name>', default: 'text', choices: CHECK_FORMATS, help: 'text (wrapped, for people), compact (one line per problem), json, sarif or github (workflow annotations).' },
      TARGET,
      CONFIG,
      { name: 'max-warnings', type: 'string', arg: '<n>', help: 'Exit 1 when there are more than n warnings.' },
      { name: 'quiet', short: 'q', type: 'boolean', help: 'Report errors only.' },
      { name: 'fix', type: 'boolean', help: 'Apply each finding\'s preferred fix and write the files (atomically; unchanged files are not touched).' },
      { name: 'fix-dry-run', type: 'boolean', help: 'Print the fixes as a unified diff; write nothing.' },
      { name: 'stdin', type: 'boolean', help: 'Read the file text from standard input (needs --stdin-filename).' },
      { name: 'stdin-filename', type: 'string', arg: '<path>', help: 'The path the standard input stands for: it decides the file kind and the folder.' },
      { name: 'cache', type: 'boolean', help: 'Reuse the last result when no file, folder or option it depended on has changed (not with --fix or --stdin).' },
      { name: 'cache-location', type: 'string', arg: '<file>', help: 'Where --cache keeps its file (default .plugin-lens-cache).' },
      { name: 'cache-strategy', type: 'string', arg: '<name>', default: 'metadata', choices: CACHE_STRATEGIES, help: 'How --cache tells a file or folder changed: metadata (size, times and inode; one stat each) or content (re-read and hash every file, re-list every folder).' },
      { name: 'no-warn-unknown', type: 'boolean', help: 'Skip named files of a kind Plugin Lens does not know, without a notice (for pre-commit).' },
      ...COLOR,
      HELP,
    ],
    examples: [
      ['plugin-lens check', 'Check the current folder.'],
      ['plugin-lens check skills/pdf .claude-plugin/plugin.json', 'Check a folder and a file.'],
      ['plugin-lens check --target claude-ai-web,cowork', 'Require the items to load on claude.ai and Cowork.'],
      ['plugin-lens check --format sarif > plugin-lens.sarif', 'SARIF 2.1.0 for GitHub code scanning.'],
      ['plugin-lens check --fix-dry-run', 'Show what --fix would change.'],
      ['plugin-lens check --cache', 'Re-check an unchanged repository from the cache.'],
      ['cat SKILL.md | plugin-lens check --stdin --stdin-filename skills/pdf/SKILL.md', 'Check an editor buffer.'],
    ],
  },
  {
    name: 'reach',
    summary: 'Show which Claude surfaces load each skill, plugin, server, hook, command and agent.',
    usage: 'plugin-lens reach [options] [paths...]',
    description: ['Lists every item under the paths with its distribution channel and its status on all ten surfaces (✓ loads, ✗ does not load, ~ conditional, ? unknown, ! disputed).'],
    options: [
      { name: 'format', short: 'f', type: 'string', arg: '<name>', default: 'table', choices: REACH_FORMATS, help: 'table, json (with reasons and sources) or markdown.' },
      TARGET,
      CONFIG,
      HELP,
    ],
    examples: [
      ['plugin-lens reach', 'The reach table of the current folder.'],
      ['plugin-lens reach --target cowork --format markdown', 'Markdown, with the items that do not load on Cowork and why.'],
    ],
  },
  {
    name: 'routes',
    summary: 'Show every way each item can be distributed to members, and what each Claude app then gets.',
    usage: 'plugin-lens routes [options] [paths...]',
    description: [
      'For every item under the paths, each channel its kind can be distributed through (a marketplace install, an org plugin, an org-provisioned skill, a connector, a Desktop config, …), side by side: per surface its status from the same load model as reach, the member and admin actions it needs, and the known traps, each with sources and dates.',
      'The route the diagnostics use is marked ▸; routes named in .plugin-lens.json ("distribution" or "channels") or in the repository\'s / managed settings are "declared"; the rest are what-ifs.',
    ],
    options: [
      { name: 'format', short: 'f', type: 'string', arg: '<name>', default: 'table', choices: ROUTES_FORMATS, help: 'table, json (the pluginLens/routes shape, with file paths) or markdown (to paste into a README or wiki).' },
      { name: 'declared', type: 'boolean', help: 'Only the routes in use or declared (no what-ifs): the page to hand to members.' },
      CONFIG,
      HELP,
    ],
    examples: [
      ['plugin-lens routes', 'The routes of every item in the current folder.'],
      ['plugin-lens routes skills/pdf-forms --format markdown > HOW-TO-GET-IT.md', '"How to get pdf-forms on each Claude app", for a wiki page.'],
      ['plugin-lens routes --declared --format markdown', 'Only the routes the repository declares or uses, for the members\' wiki.'],
      ['plugin-lens routes --format json', 'Every route with its cells, actions, traps and sources, for tools.'],
    ],
  },
  {
    name: 'rules',
    summary: 'List every rule with its default severity and whether it can be fixed.',
    usage: 'plugin-lens rules [options]',
    description: [],
    options: [
      { name: 'format', short: 'f', type: 'string', arg: '<name>', default: 'text', choices: RULES_FORMATS, help: 'text (a table), json or markdown.' },
      ...COLOR,
      HELP,
    ],
    examples: [
      ['plugin-lens rules', 'The rule table.'],
      ['plugin-lens rules --format json', 'Every rule with its sources, for tools.'],
    ],
  },
  {
    name: 'explain',
    summary: 'Print a rule\'s page: what Claude does, the surfaces, sources and dates, examples, fixes.',
    usage: 'plugin-lens explain <rule-id>',
    description: [],
    options: [...COLOR, HELP],
    examples: [['plugin-lens explain skill/name-format', 'Why a skill name must be kebab-case, and where.']],
  },
];

export const SURFACE_LIST = `Surface ids: ${SURFACE_IDS.join(', ')}`;
export const EXIT_STATUS = 'Exit status: 0 no errors (and warnings <= --max-warnings), 1 otherwise, 2 usage or internal error.';

export function command(name: string): CommandSpec | undefined {
  return COMMANDS.find((c) => c.name === name);
}
