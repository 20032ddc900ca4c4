import type { PoolClient, QueryResult, QueryResultRow } from 'pg';

/** Runs one statement on the transaction's connection: named, so PostgreSQL prepares it once per connection. */
export type Run = <R extends QueryResultRow = QueryResultRow>(statement: Statement, values?: unknown[]) => Promise<QueryResult<R>>;

export interface Statement {
  name: string;
  text: string;
}

export function statement(name: string, text: string): Statement {
  return { name: `sunbeon_${name}`, text };
}

export function runOn(client: PoolClient): Run {
  return (statement, values = []) => client.query({ name: statement.name, text: statement.text, values });
}

/**
 * Rows as one array per column, for `INSERT … SELECT * FROM unnest($1::text[], $2::int[], …)`: any
 * number of rows in one named statement (a VALUES list would need a statement per row count).
 */
export function asColumns(rows: readonly (readonly unknown[])[], width: number): unknown[][] {
  return Array.from({ length: width }, (_, column) => rows.map((row) => row[column]));
}
