import type { Stream, Style } from "./terminal.js";

/**
 * A one-line progress bar on stderr, drawn only when stderr is a terminal: piped or redirected output stays
 * free of carriage returns and escape codes. Lines printed while it is shown go through {@link interrupt},
 * which clears the bar, prints, and draws it again below.
 */
export interface Progress {
  /** Counts one item done. */
  tick(): void;
  /** Clears the bar, runs `print`, and draws the bar again. */
  interrupt(print: () => void): void;
  /** Draws the final state and removes the bar. */
  done(): void;
}

/** Fewer items than this finish too fast for a bar to be worth its flicker. */
export const progressThreshold = 50;
const redrawIntervalMs = 80;
const clearLine = "\r\u001b[2K";

const silent: Progress = {
  tick: () => undefined,
  interrupt: (print) => print(),
  done: () => undefined,
};

export function createProgress(stream: Stream, total: number, label: string, style: Style): Progress {
  if (stream.isTTY !== true || total < progressThreshold) return silent;

  let done = 0;
  let shown = false;
  let lastDraw = 0;

  function render(): string {
    const counter = `${done}/${total}`;
    const percent = `${Math.floor((done / total) * 100)}%`.padStart(4);
    const width = Math.max(10, Math.min(40, (stream.columns || 80) - label.length - counter.length - percent.length - 8));
    const filled = Math.round((done / total) * width);
    const bar = style.cyan("█".repeat(filled)) + style.dim("░".repeat(width - filled));
    return `${label} ${bar} ${percent} ${counter}`;
  }

  function draw(): void {
    stream.write(`${clearLine}${render()}`);
    shown = true;
    lastDraw = Date.now();
  }

  function clear(): void {
    if (shown) stream.write(clearLine);
    shown = false;
  }

  draw();
  return {
    tick() {
      done += 1;
      if (Date.now() - lastDraw >= redrawIntervalMs || done === total) draw();
    },
    interrupt(print) {
      clear();
      print();
      draw();
    },
    done() {
      draw();
      clear();
    },
  };
}
