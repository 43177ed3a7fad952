import { Worker } from "node:worker_threads";

/*
 * Checkpoints off the commit path. SQLite's own rule (wal_autocheckpoint, 1,000 pages) has the connection whose
 * COMMIT passes the mark copy the WAL's pages into the database file and fsync it before that COMMIT returns: on the
 * writer thread, that held back a group's answers (a checkpoint is most of the writer's system time under load,
 * `copy_folio_from_iter` in a perf profile of the thread). So when callbacks are written from the writer thread, a
 * thread of its own, on a connection of its own, runs PASSIVE checkpoints (which never wait for, nor block, a writer
 * or a reader) beside it, and the connections that write raise SQLite's mark to a backstop that only a checkpointer
 * that fell behind lets the WAL reach. Durability does not change: a COMMIT still fsyncs the WAL (synchronous=FULL).
 * The store's TRUNCATE after a purge can meet this thread's checkpoint (or a reader on an old snapshot): the thread
 * then empties the WAL itself, trying on each pass until it can.
 */

export const checkpointPolicy = {
  /** wal_autocheckpoint of the connections that write while the checkpointer runs (4 × SQLite's default). */
  backstopPages: 4_000,
  /** The pause between checkpoints while the WAL grows ... */
  minPauseMs: 20,
  /** ... doubling after each that found fewer than `fewFrames` new frames, up to this. */
  maxPauseMs: 1_000,
  fewFrames: 64,
} as const;

/** What the checkpoint thread starts with (its workerData). */
export interface CheckpointerData {
  readonly path: string;
}

/**
 * `truncate`: checkpoint everything and empty the WAL file (after a purge, a retention run or a rekey, so that old page
 * versions leave the disk), trying again on each pass until no reader or checkpoint holds it up.
 */
export type CheckpointerRequest = { readonly type: "stop" } | { readonly type: "truncate" };
export type CheckpointerReply = { readonly type: "stopped" };

/** The pause before the next checkpoint, after one that copied `copied` frames and the pause before it. */
export function nextCheckpointPause(copied: number, pause: number): number {
  return copied < checkpointPolicy.fewFrames ? Math.min(pause * 2, checkpointPolicy.maxPauseMs) : checkpointPolicy.minPauseMs;
}

/**
 * The frames a PASSIVE checkpoint copied, from what it reports (`checkpointed`: frames of the WAL now in the database
 * file) and what the one before reported. A smaller figure than before means a writer started the WAL over.
 */
export function framesCopied(checkpointed: number, before: number): number {
  return checkpointed >= before ? checkpointed - before : checkpointed;
}

/** The checkpoint thread, from the store's side. */
export class SqliteCheckpointer {
  readonly #worker: Worker;
  #stopped: Promise<void> | undefined;

  private constructor(worker: Worker) {
    this.#worker = worker;
  }

  /**
   * Starts the thread on `path` from its compiled entry. It does not keep the process alive; if it fails, the
   * backstop mark still bounds the WAL.
   */
  static start(path: string, entry: URL): SqliteCheckpointer {
    const worker = new Worker(entry, { workerData: { path } satisfies CheckpointerData, name: "kyc-sqlite-checkpointer" });
    worker.unref();
    // A thread that could not start or stopped is not an error of any request: the writers' backstop takes over.
    worker.on("error", () => undefined);
    return new SqliteCheckpointer(worker);
  }

  /** Asks the thread to empty the WAL file (a TRUNCATE checkpoint), as soon as nothing holds it up. */
  truncate(): void {
    if (this.#stopped === undefined) this.#worker.postMessage({ type: "truncate" } satisfies CheckpointerRequest);
  }

  /** Lets the thread finish a checkpoint in progress and close its connection, then stops it. */
  stop(): Promise<void> {
    this.#stopped ??= new Promise<void>((resolve) => {
      const worker = this.#worker;
      worker.once("exit", () => resolve());
      worker.on("message", (reply: CheckpointerReply) => {
        if (reply.type === "stopped") void worker.terminate();
      });
      worker.postMessage({ type: "stop" } satisfies CheckpointerRequest);
    });
    return this.#stopped;
  }
}
