import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import type { EncryptionKey } from "../privacy/cipher.js";
import type { DeliveryTarget } from "../fanout/endpoints.js";
import type { FanoutMode } from "../fanout/policy.js";
import type { DeliveryInput, DeliveryOutcome } from "./types.js";

/*
 * The writer thread, from the store's side: each delivery is posted to a worker thread that holds a connection of
 * its own to the file and runs the same group commit (sqlite-writer.ts), and its promise settles when the thread
 * answers after the COMMIT. The event loop that serves requests never waits for a statement, a COMMIT or an fsync.
 *
 * Should the thread die, what it held is refused (the route answers 503 and the provider delivers again: nothing
 * acknowledged is lost, since an answer only follows a COMMIT) and the next delivery starts a new thread.
 */

export interface WriterThreadOptions {
  /** The fan-out, which the thread's outbox policy is built from (createOutboxPolicy); none without fan-out. */
  readonly outbox?: { readonly targets: readonly DeliveryTarget[]; readonly mode: FanoutMode } | undefined;
  /** The keys personal values are sealed with (none: stored clear). */
  readonly encryptionKeys: readonly EncryptionKey[];
  /** The worker's module (default: the compiled sqlite-writer-worker.js beside this module). */
  readonly entry?: URL;
}

/** What the worker thread starts with (its workerData). */
export interface WriterThreadData extends Omit<WriterThreadOptions, "entry"> {
  readonly path: string;
  readonly maxBatch: number;
  /** wal_autocheckpoint of the thread's connection, when a checkpointer runs beside it (sqlite-checkpointer.ts). */
  readonly autocheckpointPages?: number;
}

/** What became of one delivery the thread was given. */
export type WriterThreadAnswer =
  | { readonly id: number; readonly outcome: DeliveryOutcome; readonly error?: undefined }
  | { readonly id: number; readonly error: { readonly message: string; readonly code?: string } };

/** Messages from the thread. The answers of one group commit come in one message. */
export type WriterThreadReply =
  | { readonly type: "settled"; readonly answers: readonly WriterThreadAnswer[] }
  | { readonly type: "queued" }
  | { readonly type: "ready" }
  | { readonly type: "drained" };

/** Messages to the thread. The deliveries of one turn of the event loop come in one message. */
export type WriterThreadRequest = { readonly type: "write"; readonly writes: readonly { readonly id: number; readonly input: DeliveryInput }[] } | { readonly type: "drain" };

/** The compiled worker beside this module (dist/storage/); absent when the receiver runs from its TypeScript sources. */
const entry = new URL("./sqlite-writer-worker.js", import.meta.url);

/** Whether the writer thread can be started here (its compiled entry is present). */
export function writerThreadAvailable(): boolean {
  return entry.protocol === "file:" && existsSync(fileURLToPath(entry));
}

interface Waiting {
  readonly resolve: (outcome: DeliveryOutcome) => void;
  readonly reject: (error: Error) => void;
}

export class SqliteWriterThread {
  readonly #data: WriterThreadData;
  readonly #entry: URL;
  readonly #onQueued: (() => void) | undefined;
  readonly #waiting = new Map<number, Waiting>();
  #worker: Worker | undefined;
  /** Settles when the current thread has opened its connection (or failed to). */
  #ready!: Promise<void>;
  #nextId = 0;
  #closed = false;
  /** Deliveries not yet posted: all that arrive in one turn of the event loop go to the thread in one message. */
  #outgoing: { readonly worker: Worker; readonly writes: { id: number; input: DeliveryInput }[]; readonly transfer: ArrayBuffer[] } | undefined;

  constructor({ entry: given, ...data }: WriterThreadData & Pick<WriterThreadOptions, "entry">, onQueued?: () => void) {
    this.#data = data;
    this.#entry = given ?? entry;
    this.#onQueued = onQueued;
    this.#start();
  }

  /** Resolves once the thread has its connection to the file; rejects when it could not open it. */
  ready(): Promise<void> {
    return this.#ready;
  }

  #start(): Worker {
    const worker = new Worker(this.#entry, { workerData: this.#data, name: "kyc-sqlite-writer" });
    this.#ready = new Promise<void>((resolve, reject) => {
      const onReply = (reply: WriterThreadReply) => {
        if (reply.type !== "ready") return;
        worker.off("message", onReply).off("error", reject);
        resolve();
      };
      worker.on("message", onReply).once("error", reject).once("exit", (code) => reject(new Error(`The SQLite writer thread stopped at start (exit code ${code})`)));
    });
    // Awaited by whoever opens the store; a later thread's failure to start shows in the writes it refuses.
    this.#ready.catch(() => undefined);
    worker.on("message", (reply: WriterThreadReply) => {
      if (reply.type === "queued") this.#onQueued?.();
      else if (reply.type === "settled") {
        for (const answer of reply.answers) {
          const waiting = this.#settle(answer.id);
          if (answer.error === undefined) waiting?.resolve(answer.outcome);
          else waiting?.reject(Object.assign(new Error(answer.error.message), answer.error.code === undefined ? {} : { code: answer.error.code }));
        }
      }
    });
    worker.on("error", (error) => this.#stopped(worker, error));
    worker.on("exit", (code) => this.#stopped(worker, new Error(`The SQLite writer thread stopped (exit code ${code})`)));
    this.#worker = worker;
    return worker;
  }

  #settle(id: number): Waiting | undefined {
    const waiting = this.#waiting.get(id);
    this.#waiting.delete(id);
    return waiting;
  }

  /** The thread is gone: whatever it held is refused (not acknowledged, so delivered again). */
  #stopped(worker: Worker, error: Error): void {
    if (this.#worker !== worker) return;
    this.#worker = undefined;
    for (const waiting of this.#waiting.values()) waiting.reject(error);
    this.#waiting.clear();
  }

  write(input: DeliveryInput): Promise<DeliveryOutcome> {
    if (this.#closed) return Promise.reject(new Error("The store is closed"));
    const worker = this.#worker ?? this.#start();
    const id = this.#nextId++;
    // A copy of the body alone, not the buffer it may be a view of (Node reads sockets in 64 KiB buffers), handed over
    // to the thread rather than copied once more.
    // The normalized event goes as JSON text: JSON.stringify here and JSON.parse there cost less than the structured
    // clone of the object (about 25 against 45 µs for a Shufti verification), and the thread stores that text as it is.
    const normalizedJson = input.normalized === undefined ? undefined : JSON.stringify(input.normalized);
    const sent = Object.assign({}, input, { body: new Uint8Array(input.body), normalized: undefined, normalizedJson });
    return new Promise<DeliveryOutcome>((resolve, reject) => {
      this.#waiting.set(id, { resolve, reject });
      // One message per turn of the event loop, not per delivery: a message costs about 7 µs of this thread beyond
      // copying what it holds, and each one wakes the thread. The thread commits them together anyway.
      let outgoing = this.#outgoing;
      if (outgoing?.worker !== worker) {
        this.#post();
        outgoing = this.#outgoing = { worker, writes: [], transfer: [] };
        setImmediate(() => this.#post());
      }
      outgoing.writes.push({ id, input: sent });
      outgoing.transfer.push(sent.body.buffer as ArrayBuffer);
    });
  }

  /** Posts the deliveries not yet posted, if any. */
  #post(): void {
    const outgoing = this.#outgoing;
    if (outgoing === undefined) return;
    this.#outgoing = undefined;
    outgoing.worker.postMessage({ type: "write", writes: outgoing.writes } satisfies WriterThreadRequest, outgoing.transfer);
  }

  /** Lets the thread write (or refuse) what it holds, then stops it. */
  async close(): Promise<void> {
    this.#closed = true;
    // What was written before the close goes to the thread before the drain.
    this.#post();
    const worker = this.#worker;
    if (!worker) return;
    await new Promise<void>((resolve) => {
      const done = (reply: WriterThreadReply) => {
        if (reply.type === "drained") resolve();
      };
      worker.on("message", done);
      worker.once("exit", () => resolve());
      worker.postMessage({ type: "drain" } satisfies WriterThreadRequest);
    });
    this.#worker = undefined;
    await worker.terminate();
    for (const waiting of this.#waiting.values()) waiting.reject(new Error("The store is closed"));
    this.#waiting.clear();
  }
}
