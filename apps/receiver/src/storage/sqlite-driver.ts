import { createRequire } from "node:module";
import type BetterSqlite3 from "better-sqlite3";

/*
 * Which better-sqlite3 the receiver loads. Both majors have the same API:
 * - 12 on Node 20: 13 needs Node 22 (on 20 it installs, then crashes the process with a segmentation fault). 12 has
 *   no prebuilt binary this network can fetch, so it builds from source at install (node-gyp, about 75 s).
 * - 13 on Node 22 and later: 12 wraps its objects with Node's legacy `node::ObjectWrap`, and on Node 24.19+ a
 *   statement finalized after the environment's teardown aborts the process (`RemoveEnvironmentCleanupHook`,
 *   nodejs/node#65446); 13 is N-API (node-addon-api), ships prebuilt binaries for every platform in its package
 *   and is ABI-stable, so one install serves Node 22, 24 and later.
 */
const require = createRequire(import.meta.url);
const nodeMajor = Number(process.versions.node.split(".")[0]);

/** The package name of the driver for this Node version (the N-API major is installed under an alias). */
export const sqliteDriverPackage = nodeMajor >= 22 ? "better-sqlite3-napi" : "better-sqlite3";

export const Database = require(sqliteDriverPackage) as typeof BetterSqlite3;

/** The pragmas every connection to the file takes (the store's and the writer thread's). */
export function configure(db: BetterSqlite3.Database): void {
  db.pragma("journal_mode = WAL");
  db.pragma("synchronous = FULL");
  db.pragma("busy_timeout = 5000");
  db.pragma("foreign_keys = ON");
  // Freed space (an updated row's old cell, dropped overflow pages) is overwritten with zeros, so that a
  // purged value does not linger in the file's free pages.
  db.pragma("secure_delete = ON");
  // Savepoint and statement journals (every delivery of a group commit has its savepoint) in memory, not in temp
  // files: SQLite spills them to a file past 64 KiB, and a group of callbacks passes that, so each delivery wrote
  // about 90 KiB to temp files (page images, personal data among them) in 40 write calls, a third of the writer's
  // time. They only undo a savepoint or a statement inside a transaction; durability is the WAL's, as before.
  db.pragma("temp_store = MEMORY");
}
