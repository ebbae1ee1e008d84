// The character classes of the schemas' regular expressions. Every pattern of the schemas means the
// same in ECMAScript (with the u flag, as zod and ajv use them), Python's re, PCRE and Go's RE2, so
// that every JSON Schema validator agrees with zod: character classes instead of \d, \s, \S and "."
// (whose meanings differ between engines), and code points below U+0100 written \xHH, the others as
// the characters themselves (no escape is common to all four). "$" also matches before a final line
// feed in Python and PCRE: the JSON Schemas add a rule against that (src/build/json-schema.ts).

function characterClass(ranges: readonly [number, number][]): string {
  const character = (code: number) => (code < 0x100 ? `\\x${code.toString(16).padStart(2, "0")}` : String.fromCodePoint(code));
  return `[${ranges.map(([first, last]) => (first === last ? character(first) : `${character(first)}-${character(last)}`)).join("")}]`;
}

// The ranges less some code points.
function without(ranges: readonly [number, number][], excluded: readonly number[]): [number, number][] {
  return excluded.reduce<[number, number][]>(
    (kept, code) => kept.flatMap(([first, last]): [number, number][] => (code < first || code > last ? [[first, last]] : [[first, code - 1], [code + 1, last]])),
    [...ranges],
  ).filter(([first, last]) => first <= last);
}

// The characters of one line of text: no C0 or C1 control character, no DEL, no line or paragraph
// separator, and no surrogate (under the u flag a character beyond U+FFFF is one code point, so an
// unpaired surrogate is refused and a pair is not).
const lineRanges: [number, number][] = [[0x20, 0x7e], [0xa0, 0x2027], [0x202a, 0xd7ff], [0xe000, 0x10ffff]];

// JavaScript's \s besides line breaks and controls: Unicode's space separators (Zs) and U+FEFF.
const spaces = [0x20, 0xa0, 0x1680, ...Array.from({ length: 11 }, (_, i) => 0x2000 + i), 0x202f, 0x205f, 0x3000, 0xfeff];

/** Any character of a line of text, as a regular-expression class. */
export const lineCharacter = characterClass(lineRanges);
/** Any character of a line of text but white space, as a regular-expression class. */
export const visibleCharacter = characterClass(without(lineRanges, spaces));
