import type { StoreBackend } from "./types.js";
/** One migration file: `migrations/<backend>/NNN_name.sql`, applied in order, once, at start. */
export interface Migration {
    readonly version: number;
    readonly name: string;
    readonly sql: string;
}
export declare function loadMigrations(backend: StoreBackend): Migration[];
/** The bookkeeping table, the same on both backends. */
export declare const migrationsTableSql = "CREATE TABLE IF NOT EXISTS kyc_schema_migrations (\n  version    INTEGER PRIMARY KEY,\n  name       TEXT    NOT NULL,\n  applied_at TEXT    NOT NULL\n)";
//# sourceMappingURL=migrations.d.ts.map