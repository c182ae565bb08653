/**
 * VS Code's own SKILL.md checks, read from the VS Code 1.139.1 workbench that code-server 4.139.1 ships
 * (`promptValidator`, owner "prompts-diagnostics-provider"). They run on every document whose language id
 * is `skill` (VS Code gives that id to files named SKILL.md); no setting of the chat features gates them,
 * `chat.disableAIFeatures` included. Mapping SKILL.md to Markdown turns them off; Plugin Lens selects
 * files by path, so it keeps working.
 */
export const VSCODE_SKILL_CHECKS_SOURCE = {
  product: 'VS Code 1.139.1 (code-server 4.139.1)',
  url: 'https://github.com/microsoft/vscode/blob/main/src/vs/workbench/contrib/chat/common/promptSyntax/languageProviders/promptValidator.ts',
  date: '2026-12-06', // read from the shipped workbench bundle on this date
};

/** The user setting that turns VS Code's own SKILL.md checks off (tested in code-server). */
export const VSCODE_SKILL_CHECKS_OFF = { setting: 'files.associations', value: { '**/SKILL.md': 'markdown' } } as const;

export type VsCodeSeverity = 'error' | 'warning' | 'hint';

export interface VsCodeSkillCheck {
  /** VS Code's message key. */
  id: string;
  /** The frontmatter field the check is about. */
  field: string;
  severity: VsCodeSeverity;
  message: string;
  /** The Plugin Lens rule that covers the same mistake. */
  rule?: string;
  /** Where Plugin Lens agrees, and where it knows more about what Claude does. */
  stance: string;
}

export const VSCODE_SKILL_CHECKS: readonly VsCodeSkillCheck[] = [
  {
    id: 'promptValidator.skillNameInvalidChars', field: 'name', severity: 'error',
    message: 'Skill name may only contain lowercase letters, numbers, and hyphens.', rule: 'skill/name-format',
    stance: 'Right for the claude.ai / Desktop / Cowork upload and the Skills API, which refuse such a name. ' +
      'Claude Code loads the skill anyway and shows the name only as a label, so Plugin Lens grades it by where the skill goes.',
  },
  {
    id: 'promptValidator.skillNameFolderMismatch', field: 'name', severity: 'warning',
    message: "The skill name '{0}' should match the folder name '{1}'.", rule: 'skill/name-matches-folder',
    stance: 'Agreed (the Agent Skills spec requires it). Plugin Lens adds what Claude Code does: it invokes the skill by its folder name.',
  },
  {
    id: 'promptValidator.skillNameMissing', field: 'name', severity: 'warning',
    message: 'Skill should provide a name.', rule: 'skill/name-missing',
    stance: 'Agreed for uploads, which refuse the file. Claude Code falls back to the folder name.',
  },
  {
    id: 'promptValidator.skillDescriptionMissing', field: 'description', severity: 'warning',
    message: 'Skill should provide a description.', rule: 'skill/description-missing',
    stance: 'Agreed. Plugin Lens adds the effect: uploads refuse the file, Claude Code may never pick the skill.',
  },
  {
    id: 'promptValidator.unknownAttribute.skill', field: '*', severity: 'hint',
    message: "Attribute '{0}' is not supported by VS Code skills. Supported: {1}.",
    stance: "VS Code judges keys by what VS Code's agent reads. Plugin Lens judges them by what Claude's loaders read: " +
      'Claude Code reads keys such as `allowed-tools`, `model`, `effort` or `hooks` that VS Code fades out.',
  },
];

/** The SKILL.md keys VS Code 1.139.1 accepts; it fades every other key out as unsupported (a hint). */
export const VSCODE_SKILL_KEYS: readonly string[] = ['name', 'description', 'license', 'compatibility', 'metadata',
  'argument-hint', 'user-invocable', 'disable-model-invocation', 'context'];

/** VS Code's own checks about `field`, for the hover. */
export function vscodeChecksFor(field: string): VsCodeSkillCheck[] {
  return VSCODE_SKILL_CHECKS.filter((c) => c.field === field || (c.field === '*' && !VSCODE_SKILL_KEYS.includes(field)));
}

/** The hover paragraph on a SKILL.md key that VS Code checks too, or undefined. */
export function vscodeCheckNote(field: string): string | undefined {
  const checks = vscodeChecksFor(field);
  if (!checks.length) return undefined;
  const off = `\`"${VSCODE_SKILL_CHECKS_OFF.setting}": ${JSON.stringify(VSCODE_SKILL_CHECKS_OFF.value)}\``;
  const lines = checks.map((c) => `- VS Code (${c.severity}): "${c.message}" — ${c.stance}`);
  return `**VS Code's own SKILL.md check** (${VSCODE_SKILL_CHECKS_SOURCE.product}, [source](${VSCODE_SKILL_CHECKS_SOURCE.url}))\n\n` +
    `${lines.join('\n')}\n\nTo turn VS Code's check off and keep Plugin Lens's, set ${off}; \`chat.disableAIFeatures\` does not turn it off.`;
}
