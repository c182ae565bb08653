/**
 * One node shape for JSON and YAML: jsonc-parser's `Node` (offset/length, `property` nodes with
 * [key, value] children). YAML frontmatter is converted into it, so schema mapping, rules, hover
 * and completion share one code path.
 */
import { memoOn } from '../memo';
import { findNodeAtLocation, findNodeAtOffset, getNodePath, getNodeValue, type Node, type JSONPath } from 'jsonc-parser';

export type { Node, JSONPath };
export { findNodeAtLocation, findNodeAtOffset, getNodePath, getNodeValue };

/** The property node (`{ key: value }` pair) named `key` in an object node. */
export function propertyOf(object: Node | undefined, key: string): Node | undefined {
  if (!object || object.type !== 'object') return undefined;
  // Last one wins, as JSON.parse and the yaml library (uniqueKeys off) resolve duplicates.
  let found: Node | undefined;
  for (const prop of object.children ?? []) if (prop.children?.[0]?.value === key) found = prop;
  return found;
}

/** The value node of property `key` in an object node. */
export function valueOf(object: Node | undefined, key: string): Node | undefined {
  return propertyOf(object, key)?.children?.[1];
}

/** The key node of a property, or the node itself when it is not a property. */
export function keyNodeOf(node: Node): Node {
  return node.type === 'property' && node.children?.[0] ? node.children[0] : node;
}

/** Property nodes of an object node (empty for anything else). */
export function propertiesOf(object: Node | undefined): Node[] {
  return object?.type === 'object' ? (object.children ?? []) : [];
}

/** Items of an array node (empty for anything else). */
export function itemsOf(array: Node | undefined): Node[] {
  return array?.type === 'array' ? (array.children ?? []) : [];
}

export function keyOf(property: Node): string {
  return String(property.children?.[0]?.value ?? '');
}

/** A string value, or undefined when the node is not a string. */
export function stringValue(node: Node | undefined): string | undefined {
  return node?.type === 'string' ? (node.value as string) : undefined;
}

/** The JS value of a node tree (objects, arrays, scalars). */
export function toValue(node: Node | undefined): unknown {
  return node ? getNodeValue(node) : undefined;
}

/** Whole-file values, per parsed root node: the schema, the reach items and the component scan read the same one. */
const ROOT_VALUE = Symbol('rootValue');

/**
 * `toValue(root)` of a file's root node, built once per parse. Shared: callers only read it (the tree it
 * comes from is never modified after parsing either).
 */
export function rootValue(root: Node | undefined): unknown {
  return root ? memoOn(root, ROOT_VALUE, () => getNodeValue(root)) : undefined;
}

/** Value node for a JSON pointer such as `/plugins/0/source` (ajv's instancePath). */
export function nodeAtPointer(root: Node | undefined, pointer: string): Node | undefined {
  if (!root) return undefined;
  if (pointer === '') return root;
  const path: JSONPath = pointer.slice(1).split('/').map((seg) => {
    const s = seg.replace(/~1/g, '/').replace(/~0/g, '~');
    return /^\d+$/.test(s) ? Number(s) : s;
  });
  // Numeric-looking keys of objects must stay strings: walk by hand.
  let node: Node | undefined = root;
  for (const seg of path) {
    if (!node) return undefined;
    if (node.type === 'array' && typeof seg === 'number') node = node.children?.[seg];
    else if (node.type === 'object') node = valueOf(node, String(seg));
    else return undefined;
  }
  return node;
}

/** The property node that holds `valueNode`, if it is an object member. */
export function owningProperty(valueNode: Node): Node | undefined {
  return valueNode.parent?.type === 'property' ? valueNode.parent : undefined;
}
