import type { Socket } from "node:net";

/*
 * The cap on open connections (KYC_MAX_CONNECTIONS), counting the connections being served. A refused request's
 * connection lingers about a second after its answer, unread (server.ts, closeWithoutReading), so that a client
 * still sending reads the answer; those do not count. When lingering connections fill the cap, the oldest of them
 * is closed for a new one: a burst of refusals (a misconfigured provider, a scan) never shuts other clients out.
 * Node's own server.maxConnections counts every open socket, and refused new connections under such a burst.
 */

const capOf = new WeakMap<Socket, ConnectionCap>();

export class ConnectionCap {
  readonly #max: number;
  readonly #open = new Set<Socket>();
  /** Oldest first (a Set keeps insertion order). */
  readonly #lingering = new Set<Socket>();

  constructor(max: number) {
    this.#max = max;
  }

  /** Takes a new connection, or answers false when as many as the cap are being served (the caller closes it). */
  accept(socket: Socket): boolean {
    if (this.#open.size - this.#lingering.size >= this.#max) return false;
    if (this.#open.size >= this.#max) {
      const oldest = this.#lingering.values().next().value;
      if (oldest) this.#forget(oldest).destroy();
    }
    this.#open.add(socket);
    capOf.set(socket, this);
    socket.once("close", () => this.#forget(socket));
    return true;
  }

  #forget(socket: Socket): Socket {
    this.#open.delete(socket);
    this.#lingering.delete(socket);
    return socket;
  }

  /** The connection is closing after a refusal: it no longer counts, and may be closed first for a new one. */
  static lingering(socket: Socket): void {
    const cap = capOf.get(socket);
    if (cap && cap.#open.has(socket)) cap.#lingering.add(socket);
  }
}
