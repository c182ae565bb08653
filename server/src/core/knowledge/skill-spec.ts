/**
 * The open Agent Skills specification (agentskills.io) and the upload contract that Anthropic's
 * uploaders (claude.ai, Desktop, Cowork, the Skills API, `package_skill.py`) enforce on SKILL.md.
 * Every fact carries its source and the copy date of that source.
 */
import type { Source } from '../types';

const SPEC = 'https://agentskills.io/specification';
const SPEC_DATE = '2026-08-09';
const CC_SKILLS = 'https://code.claude.com/docs/en/skills';
const CC_DATE = '2026-08-22';
const QUICK_VALIDATE = 'https://github.com/anthropics/skills/blob/main/skills/skill-creator/scripts/quick_validate.py';
const API_GUIDE = 'https://platform.claude.com/docs/en/build-with-claude/skills-guide';

export interface SkillFact<T> { value: T; sources: Source[] }

const s = (url: string, date: string, note?: string): Source => (note ? { url, date, note } : { url, date });

export const SPEC_SOURCE = s(SPEC, SPEC_DATE);
export const CC_SKILLS_SOURCE = s(CC_SKILLS, CC_DATE);
export const CC_OUTSIDE_SOURCE = s(`${CC_SKILLS}#using-skill-frontmatter-outside-claude-code`, CC_DATE);
export const QUICK_VALIDATE_SOURCE = s(QUICK_VALIDATE, '2026-02-06');
export const API_GUIDE_SOURCE = s(API_GUIDE, '2026-08-22');

/** The only top-level keys of the spec; uploads refuse any other key with a hard error. */
export const SPEC_KEYS: SkillFact<readonly string[]> = {
  value: ['name', 'description', 'license', 'compatibility', 'metadata', 'allowed-tools'],
  sources: [SPEC_SOURCE, CC_OUTSIDE_SOURCE, QUICK_VALIDATE_SOURCE],
};

/** The exact error text the uploaders print for an extra key (quoted by the Claude Code docs). */
export const UNEXPECTED_KEY_ERROR = 'Unexpected key(s) in SKILL.md frontmatter';

export const NAME_MAX: SkillFact<number> = { value: 64, sources: [SPEC_SOURCE, QUICK_VALIDATE_SOURCE, API_GUIDE_SOURCE] };
/** ASCII lowercase letters, digits and single inner hyphens (the uploaders' regex is ASCII-only). */
export const NAME_PATTERN: SkillFact<RegExp> = { value: /^[a-z0-9]+(?:-[a-z0-9]+)*$/, sources: [SPEC_SOURCE, QUICK_VALIDATE_SOURCE] };
export const DESCRIPTION_MAX: SkillFact<number> = { value: 1024, sources: [SPEC_SOURCE, QUICK_VALIDATE_SOURCE, API_GUIDE_SOURCE] };
export const COMPATIBILITY_MAX: SkillFact<number> = { value: 500, sources: [SPEC_SOURCE, CC_SKILLS_SOURCE] };
/** The spec recommends keeping the SKILL.md body under 500 lines. */
export const BODY_MAX_LINES: SkillFact<number> = {
  value: 500,
  sources: [SPEC_SOURCE, s('https://platform.claude.com/docs/en/agents-and-tools/agent-skills/best-practices', '2026-08-15')],
};

/** Words the Skills API and claude.ai refuse anywhere inside `name` ("cannot contain the reserved word"). */
export const RESERVED_NAME_WORDS: SkillFact<readonly string[]> = {
  value: ['anthropic', 'claude'],
  sources: [
    API_GUIDE_SOURCE,
    s('https://github.com/alirezarezvani/claude-code-skill-factory/issues/1029', '2026-01-11', 'upload refused `claude-md-enhancer`: substring, not equality'),
  ],
};

/** `<` or `>` anywhere in the description: "SKILL.md description cannot contain XML tags". */
export const DESCRIPTION_NO_ANGLE_BRACKETS: SkillFact<true> = {
  value: true,
  sources: [QUICK_VALIDATE_SOURCE, API_GUIDE_SOURCE, s('https://github.com/vercel-labs/agent-skills/issues/214', '2026-04-03')],
};

/** quick_validate matches `^---\n(.*?)\n---`: a CRLF frontmatter fails "Invalid frontmatter format". */
export const UPLOAD_LF_ONLY: SkillFact<true> = { value: true, sources: [QUICK_VALIDATE_SOURCE, CC_OUTSIDE_SOURCE] };

/** Upload zip limits seen in the uploaders' own error messages. */
export const UPLOAD_MAX_FILES: SkillFact<number> = {
  value: 200,
  sources: [
    s('https://github.com/nextlevelbuilder/ui-ux-pro-max-skill/issues/279', '2026-04-25', '"Zip contains too many files (maximum 200)"'),
    s('https://github.com/OWASP/secure-agent-playbook/issues/23', '2026-07-04'),
  ],
};
export const UPLOAD_MAX_BYTES: SkillFact<number> = {
  value: 30 * 1024 * 1024,
  sources: [
    API_GUIDE_SOURCE,
    s('https://github.com/tw93/Kami/issues/7', '2026-04-22', '"Zip file uncompressed size exceeds 30MB"'),
  ],
};
export const UPLOAD_ONE_SKILL_MD: SkillFact<true> = {
  value: true,
  sources: [s('https://github.com/obra/superpowers/issues/1135', '2026-04-11', '"Zip must contain exactly one SKILL.md file"')],
};
/** What `package_skill.py` leaves out of the zip (so they do not count towards the limits). */
export const PACKAGE_EXCLUDES: SkillFact<{ dirs: readonly string[]; files: RegExp; rootDirs: readonly string[] }> = {
  value: { dirs: ['__pycache__', 'node_modules', '.git'], files: /(^\.DS_Store$|\.pyc$)/, rootDirs: ['evals'] },
  sources: [s('https://github.com/anthropics/skills/blob/main/skills/skill-creator/scripts/package_skill.py', '2026-02-06')],
};
