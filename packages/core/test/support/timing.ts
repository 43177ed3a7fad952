import { performance } from "node:perf_hooks";

/*
 * A timing comparison that holds up on a loaded machine: the two inputs are timed in pairs, back to back, in
 * random order, many times; each timing is a batch of calls, so that the clock's resolution does not matter.
 * Two statistics, both robust to other processes taking the CPU now and then:
 *  - the ratio of the medians of the two inputs' batch times;
 *  - the share of pairs in which the second input was the slower: about one half when the time does not depend
 *    on the input, near 1 when it does (a sign test; a burst of load slows both members of a pair alike).
 */

export interface TimingComparison {
  /** median(time of `late`) / median(time of `early`). */
  readonly medianRatio: number;
  /** The share of pairs in which `late` took longer than `early`. */
  readonly lateSlowerShare: number;
}

export function compareTimings(run: (input: string) => unknown, early: string, late: string, options: { pairs?: number; batch?: number } = {}): TimingComparison {
  const pairs = options.pairs ?? 301;
  const batch = options.batch ?? 20;
  const time = (input: string): number => {
    const start = performance.now();
    for (let index = 0; index < batch; index++) run(input);
    return performance.now() - start;
  };
  // Warm-up, so that the JIT has compiled the comparison before anything is measured.
  for (let index = 0; index < 50; index++) {
    time(early);
    time(late);
  }
  const earlyTimes: number[] = [];
  const lateTimes: number[] = [];
  let lateSlower = 0;
  for (let pair = 0; pair < pairs; pair++) {
    let e: number;
    let l: number;
    if (Math.random() < 0.5) {
      e = time(early);
      l = time(late);
    } else {
      l = time(late);
      e = time(early);
    }
    earlyTimes.push(e);
    lateTimes.push(l);
    if (l > e) lateSlower++;
  }
  return { medianRatio: median(lateTimes) / median(earlyTimes), lateSlowerShare: lateSlower / pairs };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

/** Whether a comparison shows no dependence on the input: the medians within 20 % and the sign test near one half. */
export function looksConstant(comparison: TimingComparison): boolean {
  return comparison.medianRatio > 0.8 && comparison.medianRatio < 1.25 && comparison.lateSlowerShare > 0.25 && comparison.lateSlowerShare < 0.75;
}
