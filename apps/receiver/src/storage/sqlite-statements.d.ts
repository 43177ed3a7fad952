import type Database from "better-sqlite3";
/** The connection's prepared statement for `sql`, prepared on first use. */
export declare function statement(db: Database.Database, sql: string): Database.Statement;
//# sourceMappingURL=sqlite-statements.d.ts.map