/** Dependency items (plugin.json or a marketplace entry): plugin-id parts and npm semver ranges. */
import type { ReportInput } from '../../types';
import type { Node } from '../../parse/node';
import { PLUGIN_ID_PART } from '../../knowledge/plugin-names';

const PART = String.raw`(?:0|[1-9]\d*|[xX*])`;
const PRE = String.raw`(?:-[0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*)?(?:\+[0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*)?`;
const PARTIAL = String.raw`v?${PART}(?:\.${PART}(?:\.${PART}${PRE})?)?`;
const SIMPLE = new RegExp(String.raw`^(?:(?:<=|>=|<|>|=|~>?|\^)\s*)?${PARTIAL}$`);
const HYPHEN = new RegExp(String.raw`^${PARTIAL}\s+-\s+${PARTIAL}$`);

/** npm semver range syntax (node-semver grammar: ||-separated sets of comparators or a hyphen range). */
export function isSemverRange(range: string): boolean {
  const r = range.trim();
  if (r === '' || r === '*' || r.toLowerCase() === 'x' || r === 'latest') return r !== 'latest';
  return r.split('||').every((set) => {
    const s = set.trim();
    if (s === '' || s === '*') return true;
    if (HYPHEN.test(s)) return true;
    return s.replace(/(<=|>=|<|>|=|~>?|\^)\s+/g, '$1').split(/\s+/).every((c) => SIMPLE.test(c));
  });
}

export function checkDependencyNodes(
  items: Node[], report: (r: ReportInput) => void, valueOf: (o: Node | undefined, k: string) => Node | undefined,
): void {
  for (const item of items) {
    if (item.type === 'string' && typeof item.value === 'string') {
      const [name, marketplace] = item.value.split('@');
      for (const part of [name, marketplace]) {
        if (part !== undefined && part !== '' && !PLUGIN_ID_PART.pattern.test(part)) {
          report({ node: item, message: `"${part}" in dependency "${item.value}" is not a valid plugin id part (letters, digits, ".", "_", "-", starting with a letter or digit): the dependency can never resolve, so Claude Code reports it as not installed and the plugin does not load.` });
        }
      }
    } else if (item.type === 'object') {
      const version = valueOf(item, 'version');
      if (version?.type === 'string' && typeof version.value === 'string' && !isSemverRange(version.value)) {
        report({ node: version, message: `Dependency version "${version.value}" is not an npm semver range (e.g. "^2.0.0", "~2.1.0", ">=1.4"): Claude Code reports "has an invalid version requirement" and the plugin does not load.` });
      }
      const name = valueOf(item, 'name');
      if (name?.type === 'string' && typeof name.value === 'string' && name.value !== '' && !PLUGIN_ID_PART.pattern.test(name.value)) {
        report({ node: name, message: `Dependency name "${name.value}" is not a valid plugin name (letters, digits, ".", "_", "-", starting with a letter or digit): it can never resolve, so the plugin does not load.` });
      }
    }
  }
}
