import { setTimeout as sleep } from "node:timers/promises";
import type { EventSummary } from "@kyc-webhooks/receiver";
import { ReceiverUnreachable, listEvents } from "./receiver-api.js";
import type { ReceiverApi } from "./receiver-api.js";

/**
 * Follows a receiver's events by polling GET /events: what `events tail` and `listen` share. New events (ids
 * above the last one seen) come oldest first; a redelivery of a recent event (its `deliveries` grew) comes
 * as such. When the receiver stops answering (a restart, a network blip), following goes on: it says so
 * once, polls again with a growing pause (up to 10 s), and says when the receiver is back. Ids are the
 * receiver's own and keep growing across its restarts, so nothing is printed twice or skipped.
 */
export interface FollowHandlers {
  onNew(events: readonly EventSummary[]): Promise<void> | void;
  onRedelivery?(event: EventSummary, previousDeliveries: number): Promise<void> | void;
  /** The receiver stopped answering (`reason`), or answers again (`undefined`). */
  onConnection?(reason: string | undefined): void;
}

export interface FollowOptions {
  readonly query: Readonly<Record<string, string | undefined>>;
  readonly intervalMs: number;
  readonly signal: AbortSignal;
  /** The last id already shown ("0" for none): only events after it are new. */
  readonly afterId: string;
  /** Deliveries of the events already shown, by id: a higher count later is a redelivery. */
  readonly known?: readonly EventSummary[];
  /** Stop once this many new events have been handed over. */
  readonly count?: number;
}

/** How many of the newest events are watched for redeliveries: one page. */
const watchedPage = 100;
const maxPauseMs = 10_000;

/** Compares receiver ids: decimal strings that grow with arrival. */
export function newer(a: string, b: string): boolean {
  return a.length === b.length ? a > b : a.length > b.length;
}

export async function followEvents(api: ReceiverApi, handlers: FollowHandlers, options: FollowOptions): Promise<void> {
  let lastId = options.afterId;
  const deliveries = new Map<string, number>((options.known ?? []).map((event) => [event.id, event.deliveries]));
  let seen = 0;
  let down: string | undefined;
  let pauseMs = options.intervalMs;
  const limit = options.count ?? Number.POSITIVE_INFINITY;

  while (!options.signal.aborted && seen < limit) {
    try {
      await sleep(pauseMs, undefined, { signal: options.signal });
    } catch {
      return;
    }
    let fresh: EventSummary[];
    let watched: readonly EventSummary[];
    try {
      ({ fresh, watched } = await poll(api, options.query, lastId));
    } catch (error) {
      if (!(error instanceof ReceiverUnreachable) || options.signal.aborted) {
        if (options.signal.aborted) return;
        throw error;
      }
      if (down === undefined) {
        down = error.message;
        handlers.onConnection?.(down);
      }
      pauseMs = Math.min(maxPauseMs, pauseMs * 2);
      continue;
    }
    if (down !== undefined) {
      down = undefined;
      handlers.onConnection?.(undefined);
    }
    pauseMs = options.intervalMs;

    for (const event of watched) {
      const before = deliveries.get(event.id);
      if (before !== undefined && event.deliveries > before && !newer(event.id, lastId)) await handlers.onRedelivery?.(event, before);
      deliveries.set(event.id, event.deliveries);
    }
    if (fresh.length === 0) continue;
    const ordered = fresh.reverse().slice(0, limit - seen);
    await handlers.onNew(ordered);
    seen += ordered.length;
    lastId = ordered.reduce((max, event) => (newer(event.id, max) ? event.id : max), lastId);
  }
}

/** Everything newer than `lastId` (following the pages down to it), and the newest page for redeliveries. */
async function poll(api: ReceiverApi, query: Readonly<Record<string, string | undefined>>, lastId: string): Promise<{ fresh: EventSummary[]; watched: readonly EventSummary[] }> {
  const fresh: EventSummary[] = [];
  let watched: readonly EventSummary[] = [];
  let cursor: string | undefined;
  for (;;) {
    const page = await listEvents(api, { ...query, limit: String(watchedPage), cursor });
    if (cursor === undefined) watched = page.events;
    const newOnes = page.events.filter((event) => newer(event.id, lastId));
    fresh.push(...newOnes);
    if (newOnes.length < page.events.length || page.nextCursor === null) break;
    cursor = page.nextCursor;
  }
  return { fresh, watched };
}
