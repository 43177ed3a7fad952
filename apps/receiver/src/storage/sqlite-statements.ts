import type Database from "better-sqlite3";

/*
 * Prepared statements, compiled once per connection: better-sqlite3's `prepare` parses and plans the SQL
 * every time it is called, which on the callback path cost more than running the statements.
 */
const caches = new WeakMap<Database.Database, Map<string, Database.Statement>>();

/** The connection's prepared statement for `sql`, prepared on first use. */
export function statement(db: Database.Database, sql: string): Database.Statement {
  let cache = caches.get(db);
  if (!cache) {
    cache = new Map();
    caches.set(db, cache);
  }
  let prepared = cache.get(sql);
  if (!prepared) {
    prepared = db.prepare(sql);
    cache.set(sql, prepared);
  }
  return prepared;
}
