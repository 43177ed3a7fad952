import type BetterSqlite3 from "better-sqlite3";

/*
 * SQLite's write lock is one per database file. The receiver's own connections share it with each other (the writer
 * thread stores callbacks while the main thread's connection runs the outbox, purges and admin writes) and with other
 * receiver processes on the same file. better-sqlite3 is synchronous, so a connection never blocks the event loop
 * waiting for the lock for long: it gives up after writeBusyTimeoutMs and tries again after a timer.
 */

/** How long a write waits in all for another connection's write lock (SQLite's busy timeout before). */
export const writeWaitMs = 5_000;
/**
 * How long one attempt at the write lock may block the event loop (better-sqlite3 is synchronous): past it, the
 * write waits for the lock with timers, so that every other request is served meanwhile.
 */
export const writeBusyTimeoutMs = 20;

export function isBusy(error: unknown): boolean {
  return (error as { code?: unknown } | null)?.code === "SQLITE_BUSY";
}

/** The pause before the next attempt at the lock: doubling from 2 ms up to 100 ms. */
export function nextPause(pause: number | undefined): number {
  return Math.min((pause ?? 1) * 2, 100);
}

/**
 * Runs work in an IMMEDIATE transaction (the write lock taken at BEGIN, so that the work itself never meets a busy
 * lock). While another connection holds the lock, BEGIN fails busy before any of the work ran, and it is tried again
 * after a pause, until writeWaitMs has passed; then the busy error is the answer.
 */
export async function writeTransaction<T>(db: BetterSqlite3.Database, work: () => T): Promise<T> {
  const transaction = db.transaction(work);
  const since = Date.now();
  for (let pause = nextPause(undefined); ; pause = nextPause(pause)) {
    try {
      return transaction.immediate();
    } catch (error) {
      if (!isBusy(error) || Date.now() - since >= writeWaitMs) throw error;
    }
    await new Promise((resolve) => setTimeout(resolve, pause));
  }
}
