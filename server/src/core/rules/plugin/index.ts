/** The plugin rules. Add each new rule file here. */
import type { Rule } from '../../types';
import pathOutsideRoot from './path-outside-root';
import pathNotFound from './path-not-found';
import defaultFolderIgnored from './default-folder-ignored';
import dependencyVersion from './dependency-version';
import homepageUrl from './homepage-url';
import repositoryObject from './repository-object';
import reservedName from './reserved-name';
import nameKebabCase from './name-kebab-case';
import nameCharset from './name-charset';
import claudeMdNotLoaded from './claude-md-not-loaded';
import binFolder from './bin-folder';
import duplicateComponentName from './duplicate-component-name';
import agentsFolder from './agents-folder';

export const PLUGIN_RULES: Rule[] = [
  pathOutsideRoot, pathNotFound, defaultFolderIgnored, dependencyVersion, homepageUrl, repositoryObject,
  reservedName, nameKebabCase, nameCharset, claudeMdNotLoaded, binFolder, duplicateComponentName, agentsFolder,
];
