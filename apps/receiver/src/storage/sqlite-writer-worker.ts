import { parentPort, workerData } from "node:worker_threads";
import type { NormalizedEvent } from "@kyc-webhooks/normalized";
import { createOutboxPolicy } from "../fanout/policy.js";
import { PersonalDataCipher } from "../privacy/cipher.js";
import { StoredValues } from "../privacy/stored-values.js";
import { configure, Database } from "./sqlite-driver.js";
import { writeBusyTimeoutMs } from "./sqlite-lock.js";
import { DatabaseFile, SqliteWriter } from "./sqlite-writer.js";
import type { WriterThreadAnswer, WriterThreadData, WriterThreadReply, WriterThreadRequest } from "./sqlite-writer-thread.js";

/*
 * The writer thread (see sqlite-writer-thread.ts): a connection of its own to the file, which the store has opened
 * and migrated, and the group commit of sqlite-writer.ts on it. Deliveries that arrive together are committed
 * together and each is answered after its COMMIT.
 */

const data = workerData as WriterThreadData;
const port = parentPort;
if (!port) throw new Error("sqlite-writer-worker.js runs as a worker thread");

const db = new Database(data.path);
configure(db);
db.pragma(`busy_timeout = ${writeBusyTimeoutMs}`);
// A checkpointer runs beside this thread: its COMMITs checkpoint only past the backstop.
if (data.autocheckpointPages !== undefined) db.pragma(`wal_autocheckpoint = ${data.autocheckpointPages}`);
const reply = (message: WriterThreadReply) => port.postMessage(message);
// Keys arrive as Uint8Array (structured clone); the cipher takes Buffers.
const cipher = new PersonalDataCipher(data.encryptionKeys.map((key) => ({ id: key.id, key: Buffer.from(key.key) })));
const writer = new SqliteWriter(db, {
  values: new StoredValues(cipher),
  maxBatch: data.maxBatch,
  file: new DatabaseFile(data.path),
  fanout: data.outbox ? { policy: createOutboxPolicy(data.outbox.targets, data.outbox.mode), onQueued: () => reply({ type: "queued" }) } : undefined,
});

reply({ type: "ready" });

/** Answers not yet posted: those of one group commit settle together, and go in one message. */
let answers: WriterThreadAnswer[] = [];
function answer(settled: WriterThreadAnswer): void {
  // The promises of one COMMIT resolve together; a microtask queued by the first runs after all their callbacks.
  if (answers.length === 0) queueMicrotask(postAnswers);
  answers.push(settled);
}
function postAnswers(): void {
  const batch = answers;
  answers = [];
  reply({ type: "settled", answers: batch });
}

port.on("message", (request: WriterThreadRequest) => {
  if (request.type === "drain") {
    writer.drain();
    db.close();
    // After the answers of what the drain wrote (posted from promise callbacks, which run first): the store stops
    // the thread once it reads "drained", and messages are read in the order they were posted.
    setImmediate(() => reply({ type: "drained" }));
    return;
  }
  for (const { id, input } of request.writes) {
    // The body arrives as a Uint8Array; the writer stores it as it is. The normalized event arrives as its JSON text.
    const delivery = input.normalizedJson === undefined ? input : Object.assign(input, { normalized: JSON.parse(input.normalizedJson) as NormalizedEvent });
    writer.write(delivery).then(
      (outcome) => answer({ id, outcome }),
      (error: unknown) => {
        const { message, code } = error as { message?: unknown; code?: unknown };
        answer({ id, error: { message: typeof message === "string" ? message : String(error), ...(typeof code === "string" ? { code } : {}) } });
      },
    );
  }
});
