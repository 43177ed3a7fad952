/*
 * Prepared statements, compiled once per connection: better-sqlite3's `prepare` parses and plans the SQL
 * every time it is called, which on the callback path cost more than running the statements.
 */
const caches = new WeakMap();
/** The connection's prepared statement for `sql`, prepared on first use. */
export function statement(db, sql) {
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
//# sourceMappingURL=sqlite-statements.js.map