/**
 * Core contracts shared by every file kind, rule and feature. Pure: no editor, fs or network.
 * Offsets are UTF-16 code-unit offsets into the whole file text (what JS strings and LSP use).
 */
import type { Node } from './parse/node';
import type { Workspace } from './workspace';
import type { SurfaceId } from './surfaces';
import type { ResolvedConfig } from './config';
import type { TargetSet } from './targets';

export type Severity = 'error' | 'warning' | 'info' | 'hint';
export type SeverityOrOff = Severity | 'off';

export type FileKindId =
  | 'skill' | 'agent' | 'command' | 'output-style'
  | 'plugin' | 'marketplace' | 'hooks' | 'lsp' | 'settings'
  | 'mcp' | 'desktop-config' | 'managed-mcp' | 'mcpb' | 'vscode-mcp'
  | 'config' | 'file';

export interface Source { url: string; date: string; note?: string }

export interface OffsetRange { offset: number; length: number }

export interface Position { line: number; character: number }
export interface Range { start: Position; end: Position }

/** A text edit on the file being validated, by offsets (multi-line safe). */
export interface Edit { offset: number; length: number; newText: string }

/**
 * How far a fix may be trusted. `safe` keeps every value the author wrote (rename, quote, add a missing
 * field, move, wrap) and may be applied in bulk: `--fix`, fix-on-save, "Fix all". `suggestion` deletes,
 * picks one of several candidates or changes what a value means: offered in the lightbulb only, never
 * applied in bulk, never preferred. A fix without a tier is a suggestion.
 */
export type FixTier = 'safe' | 'suggestion';

export interface Fix {
  title: string;
  tier?: FixTier;
  edits: Edit[];
  /** Workspace-level rename of the validated file (e.g. skill.md → SKILL.md). Paths are workspace paths. */
  rename?: { from: string; to: string };
  isPreferred?: boolean;
}

export interface Finding {
  ruleId: string;
  severity: Severity;
  offset: number;
  length: number;
  range: Range;
  message: string;
  fixes?: Fix[];
  /** Surfaces the finding is about, when it is surface-specific. */
  surfaces?: SurfaceId[];
  /** Generic rules whose finding on the same token this one stands in for (one finding per mistake). */
  explains?: string[];
  data?: Record<string, unknown>;
}

/** The parse result of one file: one node shape for JSON and YAML (jsonc-parser's Node). */
export interface ParsedFile {
  path: string;
  text: string;
  kind: FileKindId;
  /** True when the bytes on disk started with a UTF-8 BOM that the reader stripped. */
  bom: boolean;
  root: Node | undefined;
  /** Parse problems, already as findings of the kind's syntax rule. */
  syntaxErrors: SyntaxProblem[];
  /** Markdown kinds only. */
  frontmatter?: import('./parse/frontmatter').Frontmatter;
  lineCount: number;
  positionAt(offset: number): Position;
  offsetAt(position: Position): number;
}

export interface SyntaxProblem { offset: number; length: number; message: string; code: string }

export interface ReportInput {
  /** Where to underline: a node, a node's key (for properties), or an explicit range. */
  node?: Node;
  range?: OffsetRange;
  message: string;
  fixes?: Fix[];
  surfaces?: SurfaceId[];
  data?: Record<string, unknown>;
  /** Overrides the rule's default severity for this finding (e.g. effect depends on the event). */
  severity?: Severity;
}

export interface RuleContext {
  file: ParsedFile;
  workspace: Workspace;
  config: ResolvedConfig;
  /** Surfaces this file is checked for, and whether the user chose them. */
  targets: TargetSet;
  options: Record<string, unknown>;
  report(input: ReportInput): void;
  /** The load stage's result for this file (reach rules only: they run after the other rules). */
  reach?: import('./reach/api').ItemReachResult[];
}

export interface RuleMeta {
  /** Stable id `<kind>/<kebab-name>`; never renamed. */
  id: string;
  kinds: readonly FileKindId[];
  /** One line: used in the README, hovers and quick-fix titles. */
  description: string;
  defaultSeverity: SeverityOrOff;
  /** The facts this rule enforces, with the copy date of each source. */
  sources: readonly Source[];
  fixable: boolean;
  /** The tiers of the fixes this rule can offer (for docs and the catalog); a fixable rule without it offers suggestions. */
  fixTiers?: readonly FixTier[];
  /**
   * Rules whose finding on the very same token this rule's finding replaces (one finding per mistake):
   * e.g. hooks/event-name-case explains the `hooks/unknown-key` of `PreToolUSE`. Every `<kind>/schema` finding is implied.
   */
  explains?: readonly string[];
  /** JSON Schema of the rule's options, if any. */
  options?: Record<string, unknown>;
  /** Surfaces the rule is about by default (e.g. only the upload surfaces). */
  surfaces?: readonly SurfaceId[];
  tags?: readonly string[];
}

export interface Rule extends RuleMeta {
  check(ctx: RuleContext): void;
}
