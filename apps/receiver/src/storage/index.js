import { PostgresStore } from "./postgres.js";
import { SqliteStore } from "./sqlite.js";
export { PostgresStore, redactDatabaseUrl } from "./postgres.js";
export { SqliteStore } from "./sqlite.js";
export { enqueuePostgres, enqueueSqlite, PostgresOutbox, SqliteOutbox } from "./outbox/index.js";
/** Opens the store a database URL names and applies its migrations. */
export async function createStore(options) {
    const url = options.databaseUrl;
    if (/^postgres(ql)?:\/\//i.test(url)) {
        return PostgresStore.open(url, {
            ...(options.schema === undefined ? {} : { schema: options.schema }),
            ...(options.poolSize === undefined ? {} : { poolSize: options.poolSize }),
            ...(options.outbox === undefined ? {} : { outbox: options.outbox }),
            ...(options.values === undefined ? {} : { values: options.values }),
        });
    }
    if (url.startsWith("sqlite:")) {
        // sqlite:./data/x.db, sqlite:/abs/x.db, sqlite:///abs/x.db, sqlite::memory:
        const file = url.slice("sqlite:".length).replace(/^\/\/(?=\/)/, "");
        if (file === "")
            throw new Error("DATABASE_URL sqlite: needs a file path");
        return SqliteStore.open(file, options.outbox, options.values === undefined ? {} : { values: options.values });
    }
    throw new Error("DATABASE_URL must be sqlite:<file>, sqlite::memory: or postgres://…");
}
//# sourceMappingURL=index.js.map