import type BetterSqlite3 from "better-sqlite3";
/** The package name of the driver for this Node version (the N-API major is installed under an alias). */
export declare const sqliteDriverPackage: string;
export declare const Database: typeof BetterSqlite3;
//# sourceMappingURL=sqlite-driver.d.ts.map