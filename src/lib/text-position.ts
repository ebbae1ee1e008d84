import { findNodeAtLocation, parseTree, type Node } from "jsonc-parser";

/** 1-based line and column of a character offset in a text. */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf("\n"); i !== -1 && i < offset; i = text.indexOf("\n", i + 1)) {
    line += 1;
    lineStart = i + 1;
  }
  return { line, column: offset - lineStart + 1 };
}

/**
 * Where a JSON path stands in a file's text: the value's position (or with `atKey`, its key's),
 * or for a field that is missing, the object that should hold it.
 */
export function locate(text: string, path: readonly (string | number)[], atKey = false): { line: number; column: number } {
  const root = parseTree(text);
  if (!root) return { line: 1, column: 1 };
  let node: Node | undefined;
  for (let n = path.length; n >= 0 && !node; n -= 1) node = findNodeAtLocation(root, path.slice(0, n) as (string | number)[]);
  if (atKey && node?.parent?.type === "property" && node.parent.children?.[1] === node) {
    node = node.parent.children[0];
  }
  return lineAndColumn(text, node?.offset ?? 0);
}
