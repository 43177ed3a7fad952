import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Database } from "../src/storage/sqlite-driver.js";
import { createStore } from "../src/storage/index.js";
import { countByContentKeySqliteSql, eventByKeySql, historySql, latestEventSql, verificationSql } from "../src/storage/verifications.js";

/*
 * What each stored callback costs on SQLite depends on its lookups staying index searches as the tables grow: the
 * writer runs these in the write transaction of every delivery (and the verifications API reads the history).
 * A lookup that became a table scan would still answer correctly, only slower with every event stored, so it is
 * checked here, on the migrated schema, from SQLite's own query plans.
 */

describe("the SQLite lookups of every delivery", () => {
  let directory: string;
  let file: string;

  beforeAll(async () => {
    directory = mkdtempSync(join(tmpdir(), "kyc-lookups-"));
    file = join(directory, "receiver.db");
    const store = await createStore({ databaseUrl: `sqlite:${file}` });
    await store.close();
  });

  afterAll(() => rmSync(directory, { recursive: true, force: true }));

  it("search an index, never scan a table, on the migrated schema", () => {
    const db = new Database(file, { readonly: true });
    try {
      const lookups: [string, string, unknown[]][] = [
        ["latest event of the verification", latestEventSql, ["shufti", "ref-1"]],
        ["event by its id", eventByKeySql, ["shufti:abc"]],
        ["occurrences of a content key", countByContentKeySqliteSql, [{ key: "shufti:abc" }]],
        ["the verification's state", verificationSql, ["shufti", "ref-1"]],
        ["the verification's history", historySql, ["shufti", "ref-1"]],
      ];
      const plans = lookups.map(([name, sql, params]) => {
        const steps = db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...params) as { detail: string }[];
        return [name, steps.map((step) => step.detail)] as const;
      });
      for (const [name, details] of plans) {
        expect(details.filter((detail) => /^SCAN /.test(detail)), name).toEqual([]);
        expect(details.some((detail) => /^SEARCH .* USING (COVERING )?INDEX/.test(detail)), `${name}: ${details.join("; ")}`).toBe(true);
      }
    } finally {
      db.close();
    }
  });
});
