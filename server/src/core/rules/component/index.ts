/** The component rules: agents/*.md (agent/…), commands/*.md (command/…), output-styles/*.md (output-style/…). */
import type { Rule } from '../../types';
import agentInvalidYaml from './agent-invalid-yaml';
import agentMissingFrontmatter from './agent-missing-frontmatter';
import agentRequiredFields from './agent-required-fields';
import agentInvalidName from './agent-invalid-name';
import agentPluginIgnoredField from './agent-plugin-ignored-field';
import agentInvalidValue from './agent-invalid-value';
import agentUnknownField from './agent-unknown-field';
import commandInvalidYaml from './command-invalid-yaml';
import commandMissingFrontmatter from './command-missing-frontmatter';
import commandInvalidValue from './command-invalid-value';
import commandUnknownField from './command-unknown-field';
import commandArgumentHintList from './command-argument-hint-list';
import outputStyleInvalidYaml from './output-style-invalid-yaml';
import outputStyleInvalidValue from './output-style-invalid-value';
import outputStyleUnknownField from './output-style-unknown-field';
import outputStyleForceOutsidePlugin from './output-style-force-outside-plugin';

export { unrecoverableLines } from './shared';

export const COMPONENT_RULES: Rule[] = [
  agentInvalidYaml, agentMissingFrontmatter, agentRequiredFields, agentInvalidName, agentPluginIgnoredField,
  agentInvalidValue, agentUnknownField,
  commandInvalidYaml, commandMissingFrontmatter, commandInvalidValue, commandUnknownField, commandArgumentHintList,
  outputStyleInvalidYaml, outputStyleInvalidValue, outputStyleUnknownField, outputStyleForceOutsidePlugin,
];
