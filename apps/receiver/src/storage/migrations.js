import { readdirSync, readFileSync } from "node:fs";
// src/storage/ and dist/storage/ are both two levels below the package root that holds migrations/.
const migrationsRoot = new URL("../../migrations/", import.meta.url);
export function loadMigrations(backend) {
    const folder = new URL(`${backend}/`, migrationsRoot);
    return readdirSync(folder)
        .filter((file) => /^\d+_[\w-]+\.sql$/.test(file))
        .sort()
        .map((file) => {
        const [version, ...rest] = file.replace(/\.sql$/, "").split("_");
        return { version: Number(version), name: rest.join("_"), sql: readFileSync(new URL(file, folder), "utf8") };
    });
}
/** The bookkeeping table, the same on both backends. */
export const migrationsTableSql = `CREATE TABLE IF NOT EXISTS kyc_schema_migrations (
  version    INTEGER PRIMARY KEY,
  name       TEXT    NOT NULL,
  applied_at TEXT    NOT NULL
)`;
//# sourceMappingURL=migrations.js.map