import { stringify } from "csv-stringify/sync";
import type { Cell, Table } from "./tables.js";

/** CSV rules: RFC 4180, comma, CRLF line ends, UTF-8 without a byte-order mark, a header row. */
export const csvDialect = { delimiter: ",", lineTerminator: "\r\n", quoteChar: '"', doubleQuote: true, header: true } as const;

// OWASP's CSV-injection advice: a spreadsheet runs a cell starting with = + - @ tab or CR as a
// formula. Such text cells get a leading apostrophe; so does text that already starts with one, so
// that removing one leading apostrophe always restores the value. Numbers are never touched.
const formulaStart = /^[=+\-@\t\r']/;

export function neutralise(text: string): string {
  return formulaStart.test(text) ? `'${text}` : text;
}

/** A table as CSV text, in pieces of 200 rows (see json.ts); an absent value is an empty cell. */
export function* tableCsv(table: Table): Generator<string> {
  const columns = table.fields.map((field) => field.name);
  const textColumns = new Set(table.fields.filter((field) => field.type === "string").map((field) => field.name));
  const cells = (row: Record<string, Cell>) =>
    columns.map((column): Cell => {
      const value = row[column];
      return typeof value === "string" && textColumns.has(column) ? neutralise(value) : value;
    });
  // Each piece ends with a line end, so pieces joined are the table stringified whole.
  for (let start = 0; start === 0 || start < table.rows.length; start += csvPieceRows) {
    yield stringify(table.rows.slice(start, start + csvPieceRows).map(cells), {
      header: start === 0,
      columns,
      delimiter: csvDialect.delimiter,
      record_delimiter: csvDialect.lineTerminator,
      // Every text cell in quotes: sniffers (csvkit, Python's csv.Sniffer) then see the comma and the
      // double quote, instead of guessing from apostrophes and spaces in the text.
      quoted_string: true,
      cast: { number: (value) => String(value), boolean: (value) => String(value) },
    });
  }
}

const csvPieceRows = 200;
