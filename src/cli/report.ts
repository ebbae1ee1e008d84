import { appendFileSync } from "node:fs";
import { relative, sep } from "node:path";
import type { FileProblem } from "./loader.js";

export const reportFormats = ["pretty", "json", "github"] as const;
export type ReportFormat = (typeof reportFormats)[number];

// What a terminal acts on, or what breaks or reorders a line: C0 and C1 controls, DEL, the line and
// paragraph separators, the bidirectional controls, and unpaired surrogates.
const unsafe =
  /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
const shortEscapes: Record<string, string> = { "\n": "\\n", "\r": "\\r", "\t": "\\t" };
const escaped = (character: string) => shortEscapes[character] ?? `\\u${character.charCodeAt(0).toString(16).padStart(4, "0")}`;

/** Text that may come from a file (a name, an id, a key), safe to print: each unsafe character as an escape. */
export function printable(text: string): string {
  return text.replace(unsafe, escaped);
}

/** A JSON path as people write it: citations[0].source */
export function pathText(path: readonly (string | number)[]): string {
  return path.map((step, i) => (typeof step === "number" ? `[${step}]` : i === 0 ? step : `.${step}`)).join("");
}

function shownPath(file: string): string {
  return relative(process.cwd(), file).split(sep).join("/") || file;
}

function where(problem: FileProblem): string {
  return printable([shownPath(problem.file), problem.line, problem.column].filter((part) => part !== undefined).join(":"));
}

// A problem's words: the message with the field it is at, and the hint, each safe to print.
function words(problem: FileProblem): { text: string; hint?: string } {
  const at = problem.path.length > 0 ? ` at ${pathText(problem.path)}` : "";
  return { text: printable(`${problem.message}${at}`), ...(problem.hint ? { hint: printable(problem.hint) } : {}) };
}

/** Colour only for a terminal, and never when NO_COLOR is set (https://no-color.org). */
export function useColour(stream: NodeJS.WriteStream, env: NodeJS.ProcessEnv): boolean {
  return Boolean(stream.isTTY) && !env.NO_COLOR;
}

export function formatPretty(problems: readonly FileProblem[], fileCount: number, colour: boolean): string {
  const paint = (code: number, text: string) => (colour ? `\u001b[${code}m${text}\u001b[0m` : text);
  const lines = problems.map((p) => {
    const { text, hint } = words(p);
    return `${paint(1, where(p))}  ${paint(31, "error")}  ${text}  ${paint(2, p.rule)}${hint ? `\n    ${paint(2, `hint: ${hint}`)}` : ""}`;
  });
  lines.push(paint(problems.length === 0 ? 32 : 31, summaryLine(problems, fileCount)));
  return `${lines.join("\n")}\n`;
}

export function summaryLine(problems: readonly FileProblem[], fileCount: number): string {
  const files = `${fileCount} record file${fileCount === 1 ? "" : "s"}`;
  return problems.length === 0 ? `✓ ${files} valid` : `✗ ${problems.length} problem${problems.length === 1 ? "" : "s"} in ${files}`;
}

export function formatJson(problems: readonly FileProblem[], fileCount: number): string {
  const rows = problems.map((p) => ({
    file: shownPath(p.file),
    line: p.line ?? null,
    column: p.column ?? null,
    path: p.path,
    rule: p.rule,
    message: p.message,
    hint: p.hint ?? null,
  }));
  // JSON escapes C0 controls itself; the other unsafe characters are escaped too, so that the report is
  // safe on a terminal and its values are exact.
  const json = JSON.stringify({ valid: problems.length === 0, files: fileCount, problems: rows }, null, 2);
  return `${json.replace(/[\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g, escaped)}\n`;
}

// GitHub workflow commands: data escapes %, CR and LF; properties also escape ":" and ",".
const escapeData = (text: string) => text.replaceAll("%", "%25").replaceAll("\r", "%0D").replaceAll("\n", "%0A");
const escapeProperty = (text: string) => escapeData(text).replaceAll(":", "%3A").replaceAll(",", "%2C");

export function formatGithub(problems: readonly FileProblem[]): string {
  return problems
    .map((p) => {
      const properties = [`file=${escapeProperty(printable(shownPath(p.file)))}`];
      if (p.line !== undefined) properties.push(`line=${p.line}`);
      if (p.column !== undefined) properties.push(`col=${p.column}`);
      properties.push(`title=${escapeProperty(p.rule)}`);
      const { text, hint } = words(p);
      return `::error ${properties.join(",")}::${escapeData(`${text}${hint ? ` (hint: ${hint})` : ""}`)}\n`;
    })
    .join("");
}

const cell = (text: string) => text.replaceAll("|", "\\|").replaceAll(/\r?\n/g, " ");

/** Every problem as a Markdown table, for $GITHUB_STEP_SUMMARY (GitHub shows only ten annotations a step). */
export function formatSummary(problems: readonly FileProblem[], fileCount: number): string {
  if (problems.length === 0) return `### Record validation\n\n${summaryLine(problems, fileCount)}\n`;
  const rows = problems.map(
    (p) => `| ${cell(where(p))} | ${cell(printable(pathText(p.path)))} | ${cell(p.rule)} | ${cell(printable(p.message))} | ${cell(printable(p.hint ?? ""))} |`,
  );
  return [
    "### Record validation",
    "",
    summaryLine(problems, fileCount),
    "",
    "| Where | Field | Rule | Problem | Hint |",
    "| --- | --- | --- | --- | --- |",
    ...rows,
    "",
  ].join("\n");
}

export function writeSummary(problems: readonly FileProblem[], fileCount: number, env: NodeJS.ProcessEnv): void {
  if (env.GITHUB_STEP_SUMMARY) appendFileSync(env.GITHUB_STEP_SUMMARY, formatSummary(problems, fileCount));
}
