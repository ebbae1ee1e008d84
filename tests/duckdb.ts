// DuckDB in the tests, from the @duckdb/node-api devDependency (its binary comes in an npm package).
// Where it cannot load (another platform), the tests that need it are skipped with a message.
import type { DuckDBConnection } from "@duckdb/node-api";

export async function duckdb(): Promise<DuckDBConnection | undefined> {
  try {
    const { DuckDBInstance } = await import("@duckdb/node-api");
    return await (await DuckDBInstance.create(":memory:")).connect();
  } catch (error) {
    console.warn(`DuckDB is not available here (${String(error)}): its tests are skipped`);
    return undefined;
  }
}

/** The DuckDB type each Table Schema type is read as. */
export const duckdbTypes: Record<string, string> = { string: "VARCHAR", integer: "INTEGER", number: "DOUBLE", boolean: "BOOLEAN", date: "DATE" };

/** A SQL string literal. */
export const literal = (text: string) => `'${text.replaceAll("'", "''")}'`;
