import { parseTree, type Node } from "jsonc-parser";
import { lineAndColumn } from "./text-position.js";

/**
 * Every key in a JSON text, with its path and place, and whether an earlier sibling had the same name
 * (`repeated`: "exactly" or "normalized", equal only in Unicode NFC).
 */
export function keysInText(text: string): { name: string; path: (string | number)[]; line: number; column: number; repeated?: "exactly" | "normalized" }[] {
  const found: ReturnType<typeof keysInText> = [];
  const walk = (node: Node, path: (string | number)[]) => {
    if (node.type === "object") {
      const siblings = new Set<string>();
      const normalized = new Set<string>();
      for (const property of node.children ?? []) {
        const [key, value] = property.children ?? [];
        if (!key) continue;
        const name = key.value as string;
        const repeated = siblings.has(name) ? "exactly" : normalized.has(name.normalize("NFC")) ? "normalized" : undefined;
        found.push({ name, path: [...path, name], ...lineAndColumn(text, key.offset), ...(repeated ? { repeated } : {}) });
        siblings.add(name);
        normalized.add(name.normalize("NFC"));
        if (value) walk(value, [...path, name]);
      }
    } else if (node.type === "array") node.children?.forEach((child, index) => walk(child, [...path, index]));
  };
  const root = parseTree(text);
  if (root) walk(root, []);
  return found;
}

/** How many keys a parsed value holds, at every depth, and whether any has a character beyond ASCII. */
function keysOf(value: unknown): { count: number; beyondAscii: boolean } {
  let count = 0;
  let beyondAscii = false;
  const stack = [value];
  while (stack.length > 0) {
    const item = stack.pop();
    if (item === null || typeof item !== "object") continue;
    if (Array.isArray(item)) stack.push(...item);
    else {
      const own = Object.keys(item);
      count += own.length;
      for (const key of own) {
        beyondAscii ||= !asciiOnly.test(key);
        stack.push((item as Record<string, unknown>)[key]);
      }
    }
  }
  return { count, beyondAscii };
}

const asciiOnly = /^[\u0000-\u007f]*$/;

// JSON.parse keeps only the last of two equal keys, so a text with more keys than the parsed value has
// a duplicate. Every key is followed by a colon, so if the colons are no more than the parsed keys
// there is none; only when strings hold colons too does the exact (slower) count run. Keys equal only
// after Unicode normalization both survive JSON.parse, and need a character beyond ASCII.
export function mayHaveDuplicateKeys(text: string, value: unknown): boolean {
  const keys = keysOf(value);
  return keys.beyondAscii || (count(text, ":") > keys.count && countKeyTokens(text) > keys.count);
}

function count(text: string, search: string): number {
  let found = 0;
  for (let i = text.indexOf(search); i !== -1; i = text.indexOf(search, i + 1)) found += 1;
  return found;
}

const keyToken = /"(?:[^"\\]|\\.)*"(\s*:)?/g;

function countKeyTokens(text: string): number {
  let keys = 0;
  for (const match of text.matchAll(keyToken)) if (match[1]) keys += 1;
  return keys;
}
