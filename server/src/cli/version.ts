import pkg from '../../../package.json';

export const TOOL_VERSION: string = pkg.version;
