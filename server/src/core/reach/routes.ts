/**
 * Distribution routes (issue 16): for every reach item, each channel its kind can be distributed
 * through, computed by the same load model as reach (computeReach with the item's load effects), with
 * the member / admin actions and the traps of each route from routes-knowledge.json.
 */
export type {
  RoutesParams, RoutesResult, RoutesItem, Route, RouteCell, RouteAction, RouteTrap,
} from '../../protocol';
