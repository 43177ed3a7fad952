import { createHash, randomBytes, randomUUID } from "node:crypto";
import { mkdtempSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { normalizeRaw } from "@kyc-webhooks/normalized";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PersonalDataCipher } from "../src/privacy/cipher.js";
import { sealedKey, StoredValues } from "../src/privacy/stored-values.js";
import { Database } from "../src/storage/sqlite-driver.js";
import { createStore } from "../src/storage/index.js";
import type { DeliveryInput, DeliveryOutcome, Store } from "../src/storage/types.js";
import { backends } from "./helpers/backends.js";
import type { BackendDatabase } from "./helpers/backends.js";
import { shuftiCallback } from "./helpers/callbacks.js";
import { bundleWriterWorker } from "./helpers/processes.js";

/*
 * Group commit, on SQLite and PostgreSQL: deliveries that arrive together are written in one transaction,
 * and each is answered only once it is committed, and readable by another connection; one delivery that
 * cannot be stored fails alone. On a SQLite file, with deliveries written inline and from the writer thread.
 */

function delivery(reference: string): DeliveryInput {
  const callback = shuftiCallback(reference);
  const result = normalizeRaw(callback.body, { provider: "shufti", contentType: callback.contentType, strictness: "tolerant" });
  if (!result.ok) throw new Error("the Shufti test callback does not normalize");
  return {
    requestId: randomUUID(),
    provider: "shufti",
    kind: result.kind,
    eventId: result.event.eventId,
    receivedAt: Date.now(),
    sourceIp: "127.0.0.1",
    headers: { "content-type": callback.contentType },
    contentType: callback.contentType,
    body: callback.body,
    bodySha256: createHash("sha256").update(callback.body).digest("hex"),
    quarantined: false,
    issues: result.warnings,
    normalized: result.event,
  };
}

const sqlite = backends.find((backend) => backend.name === "sqlite");
const variants = [
  ...backends.map((backend) => ({ ...backend, label: backend.name, thread: false })),
  ...(sqlite ? [{ ...sqlite, label: "sqlite, writer thread", thread: true }] : []),
];

describe.each(variants)("group commit on $label", (backend) => {
  let database: BackendDatabase;
  let store: Store;
  /** A second connection to the same database: what another process would see. */
  let reader: Store;
  let entry: URL | undefined;
  const storeOptions = (database: BackendDatabase) => ({
    databaseUrl: database.databaseUrl,
    ...(database.databaseSchema ? { schema: database.databaseSchema } : {}),
    ...(entry ? { sqliteWriterThread: { encryptionKeys: [], entry } } : {}),
  });

  beforeAll(async () => {
    if (backend.thread) entry = await bundleWriterWorker();
    database = await backend.create();
    const options = storeOptions(database);
    store = await createStore(options);
    reader = await createStore(options);
  });

  afterAll(async () => {
    await store?.close();
    await reader?.close();
    await database?.cleanup();
  });

  it("answers each of 40 deliveries arriving together only after it is committed: another connection reads it at once", async () => {
    const inputs = Array.from({ length: 40 }, (_, index) => delivery(`group-${backend.name}-${index}-${randomUUID()}`));
    const seen = await Promise.all(
      inputs.map(async (input) => {
        const outcome = await store.recordDelivery(input);
        const stored = await reader.getEvent(outcome.eventId);
        return { outcome, stored };
      }),
    );
    for (const [index, { outcome, stored }] of seen.entries()) {
      expect(outcome.duplicate).toBe(false);
      expect(stored?.eventId).toBe(outcome.eventId);
      expect(stored?.deliveries.map((entry) => entry.requestId)).toEqual([inputs[index]?.requestId]);
      // The normalized event reads back as it was given (the writer thread receives it as JSON text and stores that).
      expect(stored?.normalized).toEqual(inputs[index]?.normalized);
    }
    expect(new Set(seen.map(({ outcome }) => outcome.id)).size).toBe(40);
    expect(store.location.endsWith("(writer thread)")).toBe(backend.thread);
  });

  it("fails only the delivery that cannot be stored; the others of its group are committed", async () => {
    const inputs = Array.from({ length: 12 }, (_, index) => delivery(`partial-${backend.name}-${index}-${randomUUID()}`));
    // A request id the database refuses (PostgreSQL text cannot hold NUL; SQLite cannot bind an object):
    // its statements fail inside the group's transaction.
    const requestId = backend.name === "postgres" ? "nul\u0000" : ({ not: "a string" } as unknown as string);
    const broken = { ...delivery(`partial-${backend.name}-broken-${randomUUID()}`), requestId };
    inputs.splice(5, 0, broken);
    const results = await Promise.allSettled(inputs.map((input) => store.recordDelivery(input)));
    expect(results[5]?.status).toBe("rejected");
    const stored = results.filter((result): result is PromiseFulfilledResult<DeliveryOutcome> => result.status === "fulfilled");
    expect(stored).toHaveLength(12);
    for (const result of stored) expect((await reader.getEvent(result.value.eventId))?.eventId).toBe(result.value.eventId);
    expect(await reader.getEvent(broken.eventId)).toBeUndefined();
  });

  it("makes the same callback delivered twice in one group one event with two deliveries", async () => {
    const input = delivery(`twice-${backend.name}-${randomUUID()}`);
    const [first, second] = await Promise.all([store.recordDelivery(input), store.recordDelivery({ ...input, requestId: randomUUID() })]);
    expect(first?.duplicate).toBe(false);
    expect(second?.duplicate).toBe(true);
    expect(second?.id).toBe(first?.id);
    expect((await reader.getEvent(first?.eventId ?? ""))?.deliveries).toHaveLength(2);
  });

  it("writes deliveries still waiting for their group before it closes", async () => {
    const database2 = await backend.create();
    const options = storeOptions(database2);
    const closing = await createStore(options);
    const pending = Array.from({ length: 5 }, (_, index) => closing.recordDelivery(delivery(`closing-${backend.name}-${index}-${randomUUID()}`)));
    await closing.close();
    const outcomes = await Promise.all(pending);
    const check = await createStore(options);
    try {
      for (const outcome of outcomes) expect((await check.getEvent(outcome.eventId))?.eventId).toBe(outcome.eventId);
    } finally {
      await check.close();
      await database2.cleanup();
    }
  });
});

describe.runIf(sqlite)("the SQLite writer thread", () => {
  it("leaves checkpoints to a thread beside it: the WAL's pages reach the file although no COMMIT passed SQLite's mark", async () => {
    const database = await sqlite!.create();
    const file = database.databaseUrl.slice("sqlite:".length);
    const store = await createStore({ databaseUrl: database.databaseUrl, sqliteWriterThread: { encryptionKeys: [], entry: await bundleWriterWorker() } });
    /** The database file's size once it has grown past `than`, or at the end of two seconds. */
    const sizeAfterGrowth = async (than: number) => {
      for (let waited = 0; statSync(file).size <= than && waited < 2_000; waited += 20) await new Promise((resolve) => setTimeout(resolve, 20));
      return statSync(file).size;
    };
    try {
      // In WAL mode the file itself only changes at a checkpoint; 40 callbacks are a few hundred pages of WAL, below
      // the 1,000 at which SQLite has a COMMIT checkpoint. The migrations' pages come first.
      const migrated = await sizeAfterGrowth(0);
      await Promise.all(Array.from({ length: 40 }, () => store.recordDelivery(delivery(`checkpoint-${randomUUID()}`))));
      expect(await sizeAfterGrowth(migrated)).toBeGreaterThan(migrated);
    } finally {
      await store.close();
      await database.cleanup();
    }
  });

  it("seals personal values with the store's keys: the file holds no body in clear, the store opens it byte for byte", async () => {
    const database = await sqlite!.create();
    const keys = [{ id: "k1", key: randomBytes(32) }];
    const store = await createStore({
      databaseUrl: database.databaseUrl,
      values: new StoredValues(new PersonalDataCipher(keys)),
      sqliteWriterThread: { encryptionKeys: keys, entry: await bundleWriterWorker() },
    });
    try {
      const input = delivery(`sealed-${randomUUID()}`);
      const outcome = await store.recordDelivery(input);
      expect(Buffer.from((await store.getEvent(outcome.eventId))?.body ?? []).equals(Buffer.from(input.body))).toBe(true);
      const file = new Database(database.databaseUrl.slice("sqlite:".length), { readonly: true });
      try {
        const row = file.prepare("SELECT raw_body, normalized FROM kyc_events WHERE event_id = ?").get(outcome.eventId) as { raw_body: Buffer; normalized: string };
        expect(PersonalDataCipher.keyIdOf(row.raw_body)).toBe("k1");
        // The normalized event keeps its decision fields clear and seals its personal ones.
        expect(PersonalDataCipher.keyIdOf((JSON.parse(row.normalized) as Record<string, string>)[sealedKey])).toBe("k1");
        expect(row.raw_body.includes(Buffer.from(input.normalized?.reference ?? "?"))).toBe(false);
      } finally {
        file.close();
      }
    } finally {
      await store.close();
      await database.cleanup();
    }
  });
  it("empties the WAL after a purge that a reader held up: the checkpoint thread truncates it once the reader is done", async () => {
    const database = await sqlite!.create();
    const file = database.databaseUrl.slice("sqlite:".length);
    const store = await createStore({ databaseUrl: database.databaseUrl, sqliteWriterThread: { encryptionKeys: [], entry: await bundleWriterWorker() } });
    const reader = new Database(file);
    const walSize = () => statSync(`${file}-wal`).size;
    try {
      const reference = `purged-${randomUUID()}`;
      await store.recordDelivery(delivery(reference));
      // A read transaction on the snapshot before the purge: no checkpoint can finish while it lasts.
      reader.exec("BEGIN");
      reader.prepare("SELECT COUNT(*) FROM kyc_events").get();
      await store.purgeVerification({ provider: "shufti", reference, requestedBy: "admin", reason: "request", at: Date.now() });
      expect(walSize()).toBeGreaterThan(0);
      reader.exec("COMMIT");
      for (let waited = 0; walSize() > 0 && waited < 2_000; waited += 20) await new Promise((resolve) => setTimeout(resolve, 20));
      expect(walSize()).toBe(0);
    } finally {
      reader.close();
      await store.close();
      await database.cleanup();
    }
  });

  it("that dies refuses what it held, and the next delivery starts a new thread: every delivery answered as written is stored", async () => {
    const database = await sqlite!.create();
    // The real worker, and after its listener one that ends the thread when it is handed one chosen delivery.
    const folder = mkdtempSync(join(tmpdir(), "kyc-writer-thread-"));
    const entry = pathToFileURL(join(folder, "dying-worker.mjs"));
    writeFileSync(
      entry,
      `import { parentPort } from "node:worker_threads";
import ${JSON.stringify((await bundleWriterWorker()).href)};
parentPort.on("message", (message) => { if (message.type === "write" && message.writes.some((write) => write.input.requestId === "end-the-thread")) process.exit(3); });
`,
    );
    const store = await createStore({ databaseUrl: database.databaseUrl, sqliteWriterThread: { encryptionKeys: [], entry } });
    try {
      const before = [delivery(`before-${randomUUID()}`), delivery(`before-${randomUUID()}`)];
      const fatal = { ...delivery(`fatal-${randomUUID()}`), requestId: "end-the-thread" };
      const settled = await Promise.allSettled([...before.map((input) => store.recordDelivery(input)), store.recordDelivery(fatal)]);
      expect(settled.at(-1)).toMatchObject({ status: "rejected", reason: { message: expect.stringMatching(/writer thread stopped/) } });
      const after = delivery(`after-${randomUUID()}`);
      const written = await store.recordDelivery(after);
      expect(written.duplicate).toBe(false);
      const answered = [...before.filter((_, index) => settled[index]?.status === "fulfilled"), after];
      for (const input of answered) expect((await store.getEvent(input.eventId))?.deliveries.map((entry) => entry.requestId)).toEqual([input.requestId]);
    } finally {
      await store.close();
      await database.cleanup();
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
