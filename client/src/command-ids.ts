/** Command ids contributed in package.json (vscode-free so the manifest test can import them). */
export const COMMANDS = {
  restartServer: 'pluginLens.restartServer',
  showOutput: 'pluginLens.showOutput',
  openRuleDocs: 'pluginLens.openRuleDocs',
  fixAll: 'pluginLens.fixAll',
  showReachMatrix: 'pluginLens.showReachMatrix',
  groupBySurface: 'pluginLens.groupBySurface',
  groupByItem: 'pluginLens.groupByItem',
  refreshReach: 'pluginLens.refreshReach',
  showStatusMenu: 'pluginLens.showStatusMenu',
  refreshRoutes: 'pluginLens.refreshRoutes',
  copyRoutesMarkdown: 'pluginLens.copyRoutesMarkdown',
} as const;
