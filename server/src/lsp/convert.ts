/**
 * Finding → LSP Diagnostic: `code` = rule id, `codeDescription.href` = the rule's docs page, `source` =
 * 'plugin-lens', `data` = { ruleId, fixes } (code actions read only this), tags where they apply.
 */
import { DiagnosticSeverity, DiagnosticTag, type Diagnostic } from 'vscode-languageserver';
import type { Finding, Fix, Severity } from '../core/types';
import { getRule, ruleDocsUrl } from '../core/rules';

export const SOURCE = 'plugin-lens';

export interface DiagnosticData { ruleId: string; fixes?: Fix[] }

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

export function toDiagnostic(f: Finding): Diagnostic {
  const d: Diagnostic = {
    range: f.range,
    severity: SEVERITY[f.severity],
    code: f.ruleId,
    codeDescription: { href: ruleDocsUrl(f.ruleId) },
    source: SOURCE,
    message: f.message,
    data: { ruleId: f.ruleId, ...(f.fixes?.length ? { fixes: f.fixes } : {}) } satisfies DiagnosticData,
  };
  const tags = tagsFor(f.ruleId);
  if (tags.length) d.tags = tags;
  return d;
}

function tagsFor(ruleId: string): DiagnosticTag[] {
  const ruleTags = getRule(ruleId)?.tags ?? [];
  const out: DiagnosticTag[] = [];
  // Unknown keys are ignored by the loaders: fade them like unused code.
  if (ruleId.endsWith('/unknown-key') || ruleTags.includes('unnecessary')) out.push(DiagnosticTag.Unnecessary);
  if (ruleTags.includes('deprecated')) out.push(DiagnosticTag.Deprecated);
  return out;
}

export function isOurDiagnostic(d: Diagnostic): d is Diagnostic & { data: DiagnosticData } {
  const data = d.data as Partial<DiagnosticData> | undefined;
  return d.source === SOURCE && typeof data?.ruleId === 'string';
}
