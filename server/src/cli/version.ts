// A named import: the bundles carry package.json's version, not the whole manifest.
import { version } from '../../../package.json';

export const TOOL_VERSION: string = version;
