import { clearTimeout, setTimeout } from "node:timers";
import { parentPort, workerData } from "node:worker_threads";
import { checkpointPolicy, framesCopied, nextCheckpointPause } from "./sqlite-checkpointer.js";
import type { CheckpointerData, CheckpointerReply, CheckpointerRequest } from "./sqlite-checkpointer.js";
import { configure, Database } from "./sqlite-driver.js";

/*
 * The checkpoint thread (see sqlite-checkpointer.ts): PASSIVE checkpoints on a connection of its own, every
 * minPauseMs while callbacks arrive, less often while few do. A checkpoint that finds no new frame does no I/O.
 */

const data = workerData as CheckpointerData;
const port = parentPort;
if (!port) throw new Error("sqlite-checkpoint-worker.js runs as a worker thread");

const db = new Database(data.path);
configure(db);

let checkpointed = 0;
let pause: number = checkpointPolicy.minPauseMs;
let timer = setTimeout(checkpoint, pause);

function checkpoint(): void {
  let copied = 0;
  try {
    // busy is 1 when another connection's checkpoint holds the lock (another receiver on the file): skipped.
    const [result] = db.pragma("wal_checkpoint(PASSIVE)") as { busy: number; log: number; checkpointed: number }[];
    if (result && result.busy === 0 && result.checkpointed >= 0) {
      copied = framesCopied(result.checkpointed, checkpointed);
      checkpointed = result.checkpointed;
    }
  } catch {
    // An I/O error or a full disk: the next COMMIT meets it too and reports it; the next pass tries again.
  }
  pause = nextCheckpointPause(copied, pause);
  timer = setTimeout(checkpoint, pause);
}

port.on("message", (request: CheckpointerRequest) => {
  if (request.type !== "stop") return;
  clearTimeout(timer);
  db.close();
  port.postMessage({ type: "stopped" } satisfies CheckpointerReply);
});
