import { clearTimeout, setTimeout } from "node:timers";
import { parentPort, workerData } from "node:worker_threads";
import { checkpointPolicy, framesCopied, nextCheckpointPause } from "./sqlite-checkpointer.js";
import type { CheckpointerData, CheckpointerReply, CheckpointerRequest } from "./sqlite-checkpointer.js";
import { configure, Database } from "./sqlite-driver.js";
import { writeBusyTimeoutMs } from "./sqlite-lock.js";

/*
 * The checkpoint thread (see sqlite-checkpointer.ts): PASSIVE checkpoints on a connection of its own, every
 * minPauseMs while callbacks arrive, less often while few do. A checkpoint that finds no new frame does no I/O.
 */

const data = workerData as CheckpointerData;
const port = parentPort;
if (!port) throw new Error("sqlite-checkpoint-worker.js runs as a worker thread");

const db = new Database(data.path);
configure(db);
// A TRUNCATE checkpoint waits for writers and readers: briefly, since the writer thread's COMMITs wait behind it.
db.pragma(`busy_timeout = ${writeBusyTimeoutMs}`);

let checkpointed = 0;
let pause: number = checkpointPolicy.minPauseMs;
/** Set by a `truncate` request until a TRUNCATE checkpoint has emptied the WAL. */
let truncate = false;
let timer = setTimeout(checkpoint, pause);

function checkpoint(): void {
  let copied = 0;
  try {
    // busy is 1 when another connection's checkpoint holds the lock (another receiver on the file), or, for TRUNCATE,
    // when a writer or a reader on an old snapshot held it up: tried again on the next pass.
    const [result] = db.pragma(`wal_checkpoint(${truncate ? "TRUNCATE" : "PASSIVE"})`) as { busy: number; log: number; checkpointed: number }[];
    if (result && result.busy === 0) {
      if (truncate) {
        truncate = false;
        checkpointed = 0;
      } else if (result.checkpointed >= 0) {
        copied = framesCopied(result.checkpointed, checkpointed);
        checkpointed = result.checkpointed;
      }
    }
  } catch {
    // An I/O error or a full disk: the next COMMIT meets it too and reports it; the next pass tries again.
  }
  pause = truncate ? checkpointPolicy.minPauseMs : nextCheckpointPause(copied, pause);
  timer = setTimeout(checkpoint, pause);
}

port.on("message", (request: CheckpointerRequest) => {
  if (request.type === "truncate") {
    truncate = true;
    clearTimeout(timer);
    timer = setTimeout(checkpoint, 0);
    return;
  }
  clearTimeout(timer);
  db.close();
  port.postMessage({ type: "stopped" } satisfies CheckpointerReply);
});
