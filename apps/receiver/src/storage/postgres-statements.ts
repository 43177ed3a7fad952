import type pg from "pg";
import { numbered } from "./verifications.js";

/*
 * The callback path's statements as named queries (PostgreSQL's side of sqlite-statements.ts): pg prepares each once
 * per pooled connection, so PostgreSQL parses and plans it once per connection instead of on every delivery, which
 * runs about eight of them. Their texts are a handful of constants, so the names stay few.
 */
const statements = new Map<string, { readonly name: string; readonly text: string }>();

/** `sql` (with `?` placeholders, or PostgreSQL's own `$n`) and its values as a named query; numbered once per text. */
export function prepared(sql: string, values: unknown[]): pg.QueryConfig {
  let statement = statements.get(sql);
  if (statement === undefined) {
    statement = { name: `kyc_${statements.size}`, text: numbered(sql) };
    statements.set(sql, statement);
  }
  return { ...statement, values };
}
