/** The marketplace rules. Add each new rule file here. */
import type { Rule } from '../../types';
import reservedName from './reserved-name';
import desktopName from './desktop-name';
import reservedPluginName from './reserved-plugin-name';
import duplicatePluginName from './duplicate-plugin-name';
import sourcePath from './source-path';
import sourceFetch from './source-fetch';
import strictConflict from './strict-conflict';
import entryHooksPath from './entry-hooks-path';
import archiveHeaders from './archive-headers';
import renames from './renames';
import entryManifestMismatch from './entry-manifest-mismatch';
import entryPluginFails from './entry-plugin-fails';
import pluginCollision from './plugin-collision';
import entryIgnoredFields from './entry-ignored-fields';
import entryPathNotFound from './entry-path-not-found';

export const MARKETPLACE_RULES: Rule[] = [
  entryPathNotFound,
  reservedName, desktopName, reservedPluginName, duplicatePluginName, sourcePath, sourceFetch, strictConflict,
  entryHooksPath, archiveHeaders, renames, entryManifestMismatch, entryPluginFails, pluginCollision, entryIgnoredFields,
];
