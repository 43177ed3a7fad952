import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { randomBytes } from "node:crypto";
import pg from "pg";

/*
 * The two storage backends every HTTP test runs on: a SQLite file in a fresh temp folder, and the
 * PostgreSQL server at 127.0.0.1:5432 with a schema of its own, created by the store and dropped here,
 * so that parallel runs never collide.
 */

export const postgresUrl = process.env.KYC_TEST_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/test";

export interface BackendDatabase {
  readonly databaseUrl: string;
  readonly databaseSchema?: string;
  /** Removes the database (temp folder, or the schema). */
  cleanup(): Promise<void>;
}

export interface Backend {
  readonly name: "sqlite" | "postgres";
  create(): Promise<BackendDatabase>;
}

export const sqliteBackend: Backend = {
  name: "sqlite",
  create() {
    const dir = mkdtempSync(join(tmpdir(), "kyc-receiver-"));
    return Promise.resolve({
      databaseUrl: `sqlite:${join(dir, "data", "kyc-webhooks.db")}`,
      cleanup: () => {
        rmSync(dir, { recursive: true, force: true });
        return Promise.resolve();
      },
    });
  },
};

export const postgresBackend: Backend = {
  name: "postgres",
  create() {
    const schema = `kyc_test_${process.pid}_${randomBytes(4).toString("hex")}`;
    return Promise.resolve({
      databaseUrl: postgresUrl,
      databaseSchema: schema,
      cleanup: async () => {
        const client = new pg.Client({ connectionString: postgresUrl });
        await client.connect();
        try {
          await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
        } finally {
          await client.end();
        }
      },
    });
  },
};

export const backends: readonly Backend[] = [sqliteBackend, postgresBackend];
