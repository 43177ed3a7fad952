export { enqueueSqlite, SqliteOutbox } from "./sqlite.js";
export { enqueuePostgres, PostgresOutbox } from "./postgres.js";
//# sourceMappingURL=index.js.map