/**
 * The reach engine's public API (docs/reach.md): which Claude surfaces load each item, from the dated
 * knowledge base in knowledge.json, the item's channel and its content.
 */
export { KNOWLEDGE, KNOWLEDGE_AS_OF, DATING_NOTE, ITEM_KINDS, channelInfo, type ReachStatus, type ReachItemKind } from './knowledge';
export type { ReachItem } from './items';
export { collectItems } from './collect';
export { inferChannel } from './channels';
export { computeReach, type ReachCell, type ReachMatrix } from './engine';
export {
  reachForFile, reachOfItem, manifestFailure, reachForTargets, intendedSurfaces, itemAt,
  type ItemReachResult, type ReachOptions, type TargetCell,
} from './api';
export { renderReachMarkdown, toProtocolReach, toProtocolStatuses, STATUS_SYMBOL, STATUS_LEGEND, SURFACE_SHORT, surfaceName, type ProtocolItemReach } from './render';
