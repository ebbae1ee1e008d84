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
function keysOf(value: unknown, found = { count: 0, beyondAscii: false }): { count: number; beyondAscii: boolean } {
  if (value === null || typeof value !== "object") return found;
  if (Array.isArray(value)) {
    for (const item of value) keysOf(item, found);
    return found;
  }
  // for...in rather than Object.keys: no array per object (a parsed value has no inherited keys).
  for (const key in value) {
    found.count += 1;
    if (!found.beyondAscii && !asciiOnly.test(key)) found.beyondAscii = true;
    keysOf((value as Record<string, unknown>)[key], found);
  }
  return found;
}

const asciiOnly = /^[\u0000-\u007f]*$/;

// JSON.parse keeps only the last of two equal keys, so a text with more keys than the parsed value has
// a duplicate. Every key is followed by a colon, so if the colons are no more than the parsed keys
// there is none; only when strings hold colons too are the colons outside strings counted. Keys equal
// only after Unicode normalization both survive JSON.parse, and need a character beyond ASCII.
export function mayHaveDuplicateKeys(text: string, value: unknown): boolean {
  const keys = keysOf(value);
  return keys.beyondAscii || (count(text, ":") > keys.count && colonsOutsideStrings(text) > keys.count);
}

function count(text: string, search: string): number {
  let found = 0;
  for (let i = text.indexOf(search); i !== -1; i = text.indexOf(search, i + 1)) found += 1;
  return found;
}

// In JSON a colon outside a string follows a key, so these are the keys of the text.
function colonsOutsideStrings(text: string): number {
  let colons = 0;
  let inString = false;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (inString) {
      if (code === 0x5c) i += 1; // a backslash: the next character is escaped
      else if (code === 0x22) inString = false;
    } else if (code === 0x22) inString = true;
    else if (code === 0x3a) colons += 1;
  }
  return colons;
}
