/**
 * Command-line parsing for `plugin-lens` (node's util.parseArgs reads the tokens; this module turns
 * unknown options, missing values and bad choices into usage errors that name the closest valid one).
 */
import { parseArgs } from 'util';
import { isSurfaceId, SURFACE_IDS, type SurfaceId } from '../core/surfaces';
import { didYouMean } from '../core/suggest';
import { CHECK_FORMATS, command, type CommandSpec } from './commands';
import type { CacheStrategy } from '../node/dependencies';

export class UsageError extends Error {
  override readonly name = 'UsageError';
  constructor(message: string, readonly command?: string) { super(message); }
}

/** By name, not `instanceof`: dist/cli-lazy.js is another bundle with its own copy of the class. */
export function isUsageError(e: unknown): e is UsageError {
  return e instanceof Error && e.name === 'UsageError';
}

export interface CheckOptions {
  paths: string[];
  format: typeof CHECK_FORMATS[number];
  targets?: SurfaceId[];
  config?: string;
  maxWarnings?: number;
  quiet: boolean;
  fix: boolean;
  fixDryRun: boolean;
  stdin: boolean;
  stdinFilename?: string;
  warnUnknown: boolean;
  /** Reuse the last run's result when nothing it read has changed (`--cache`). */
  cache?: boolean;
  cacheLocation?: string;
  /** `--cache-strategy`: how a cached run tells that a file or folder changed (ESLint's default: metadata). */
  cacheStrategy?: CacheStrategy;
}

export interface Parsed {
  values: Record<string, string | boolean | string[] | undefined>;
  positionals: string[];
  help: boolean;
  /** `--color` / `--no-color`, when given. */
  color?: boolean;
}

/** Parses `argv` against a command's options. */
export function parseCommand(name: string, argv: string[]): Parsed {
  const spec = command(name);
  if (!spec) throw new Error(`no command ${name}`);
  const options: Record<string, { type: 'string' | 'boolean'; short?: string; multiple?: boolean }> = {};
  for (const o of spec.options) options[o.name] = { type: o.type, ...(o.short ? { short: o.short } : {}), ...(o.multiple ? { multiple: true } : {}) };
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({ args: argv, options, allowPositionals: true, strict: false, tokens: true });
  } catch (e) {
    throw new UsageError((e as Error).message, name);
  }
  const values = parsed.values as Parsed['values'];
  for (const t of parsed.tokens ?? []) {
    if (t.kind !== 'option') continue;
    const o = spec.options.find((x) => x.name === t.name);
    if (!o) throw new UsageError(unknownOption(t.rawName, spec), name);
    if (o.type === 'string' && t.value === undefined) throw new UsageError(`${t.rawName} needs a value${o.arg ? ` ${o.arg}` : ''}.`, name);
    if (o.type === 'boolean' && t.inlineValue) throw new UsageError(`${t.rawName} takes no value.`, name);
  }
  const help = Boolean(values.help);
  for (const o of spec.options) {
    const v = values[o.name];
    if (v === undefined && o.default !== undefined) values[o.name] = o.default;
    if (!help && o.choices && typeof values[o.name] === 'string') checkChoice(`--${o.name}`, values[o.name] as string, o.choices, name);
  }
  const color = values['no-color'] ? false : values.color ? true : undefined;
  return { values, positionals: parsed.positionals, help, color };
}

function unknownOption(raw: string, spec: CommandSpec): string {
  const names = spec.options.flatMap((o) => [`--${o.name}`, ...(o.short ? [`-${o.short}`] : [])]);
  const hint = didYouMean(raw, names);
  return `unknown option "${raw}" for ${spec.name}.${hint || ` Its options: ${spec.options.map((o) => `--${o.name}`).join(', ')}.`}`;
}

export function checkChoice(flag: string, value: string, choices: readonly string[], cmd?: string): void {
  if (choices.includes(value)) return;
  throw new UsageError(`${flag} must be ${listOr(choices)} (got "${value}").${didYouMean(value, choices)}`, cmd);
}

function listOr(items: readonly string[]): string {
  return items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} or ${items[items.length - 1]}`;
}

const CHECK_DEFAULTS: CheckOptions = { paths: ['.'], format: 'text', quiet: false, fix: false, fixDryRun: false, stdin: false, warnUnknown: true };

export function parseCheckArgs(argv: string[]): CheckOptions & { help: boolean; color?: boolean } {
  const { values, positionals, help, color } = parseCommand('check', argv);
  if (help) return { ...CHECK_DEFAULTS, help, color };
  let maxWarnings: number | undefined;
  if (values['max-warnings'] !== undefined) {
    maxWarnings = Number(values['max-warnings']);
    if (!Number.isInteger(maxWarnings) || maxWarnings < -1) throw new UsageError('--max-warnings takes a whole number.', 'check');
  }
  if (values.fix && values['fix-dry-run']) throw new UsageError('--fix and --fix-dry-run cannot be combined.', 'check');
  const stdin = Boolean(values.stdin);
  const stdinFilename = values['stdin-filename'] as string | undefined;
  if (stdin && !stdinFilename) throw new UsageError('--stdin needs --stdin-filename <path>: the path decides what kind of file the text is.', 'check');
  if (!stdin && stdinFilename) throw new UsageError('--stdin-filename is only used with --stdin.', 'check');
  if (stdin && positionals.length) throw new UsageError('--stdin checks the standard input only: give no paths.', 'check');
  if (stdin && values.fix) throw new UsageError('--fix cannot write standard input; use --fix-dry-run to see the fixes.', 'check');
  return {
    paths: positionals.length ? positionals : ['.'],
    format: values.format as CheckOptions['format'],
    targets: parseTargets(values.target as string[] | undefined),
    config: values.config as string | undefined,
    maxWarnings,
    quiet: Boolean(values.quiet),
    fix: Boolean(values.fix),
    fixDryRun: Boolean(values['fix-dry-run']),
    stdin,
    stdinFilename,
    warnUnknown: !values['no-warn-unknown'],
    cache: Boolean(values.cache),
    cacheLocation: values['cache-location'] as string | undefined,
    cacheStrategy: values['cache-strategy'] as CacheStrategy,
    help,
    color,
  };
}

export function parseTargets(raw: string[] | undefined, cmd = 'check'): SurfaceId[] | undefined {
  if (!raw?.length) return undefined;
  const ids = raw.flatMap((r) => r.split(',')).map((s) => s.trim()).filter(Boolean);
  for (const id of ids) {
    if (!isSurfaceId(id)) {
      throw new UsageError(`--target: "${id}" is not a surface id.${didYouMean(id, SURFACE_IDS) || ` Surface ids: ${SURFACE_IDS.join(', ')}.`}`, cmd);
    }
  }
  return ids as SurfaceId[];
}
