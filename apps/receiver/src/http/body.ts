import type { IncomingMessage } from "node:http";
import { getHeader } from "@kyc-webhooks/core";
import type { HeadersLike } from "@kyc-webhooks/core";
import type { BodyLease, BudgetRefusal } from "./client-limits.js";

/*
 * A callback's body as the raw bytes it arrived in (signatures are computed over them), read with a size
 * limit that applies while streaming: checked against Content-Length first, then chunk by chunk, and the
 * stream is cancelled as soon as the limit is passed. With a lease of the body budget, the declared length
 * is taken from it before a byte is read (and a body without one takes chunk by chunk): a body that does not
 * fit is refused unread. The Node server closes the connection of a refused request instead of reading the rest.
 *
 * Under the Node server the body is read from Node's request itself (`incoming`): the web `Request`'s body stream
 * would cost a `Request`, an AbortSignal and a web stream per callback, about a tenth of the callback path.
 */

export type BodyResult = { readonly ok: true; readonly body: Uint8Array } | { readonly ok: false; readonly reason: "too_large" | "aborted" | BudgetRefusal };

/** `headers`, when given, are the request's headers already read (http/request-headers.ts); else `request.headers`. */
export async function readBody(request: Request, max: number, lease?: BodyLease, incoming?: IncomingMessage, headers?: HeadersLike): Promise<BodyResult> {
  const declared = getHeader(headers ?? request.headers, "content-length") ?? null;
  const declaredBytes = declared !== null && /^\d+$/.test(declared) ? Number(declared) : undefined;
  if (declaredBytes !== undefined && declaredBytes > max) return { ok: false, reason: "too_large" };
  if (declaredBytes !== undefined && lease) {
    const refused = lease.take(declaredBytes);
    if (refused) return { ok: false, reason: refused };
  }
  if (incoming && !incoming.readableDidRead) return readIncoming(incoming, max, declaredBytes, lease);
  if (request.body === null) return { ok: true, body: new Uint8Array() };
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    let chunk: ReadableStreamReadResult<Uint8Array>;
    try {
      chunk = await reader.read();
    } catch {
      // The client went away, or the server's request timeout cut it off, before the body was complete.
      return { ok: false, reason: "aborted" };
    }
    const { done, value } = chunk;
    if (done) break;
    const before = total;
    total += value.byteLength;
    if (total > max) {
      await reader.cancel().catch(() => undefined);
      return { ok: false, reason: "too_large" };
    }
    // Bytes beyond the declared length (none arrive when one is declared) are taken as they come.
    const refused = lease?.take(total - Math.max(before, declaredBytes ?? 0));
    if (refused) {
      await reader.cancel().catch(() => undefined);
      return { ok: false, reason: refused };
    }
    chunks.push(value);
  }
  if (chunks.length === 1 && chunks[0]) return { ok: true, body: chunks[0] };
  const body = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    body.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return { ok: true, body };
}

/**
 * The body from Node's request, with the same limits. A refused body is left unread (paused): the server closes
 * the connection after the answer.
 */
function readIncoming(incoming: IncomingMessage, max: number, declaredBytes: number | undefined, lease: BodyLease | undefined): Promise<BodyResult> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let total = 0;
    const settle = (result: BodyResult) => {
      incoming.off("data", onData).off("end", onEnd).off("error", onAborted).off("close", onClose);
      if (!result.ok) incoming.pause();
      resolve(result);
    };
    const onData = (chunk: Buffer) => {
      const before = total;
      total += chunk.byteLength;
      if (total > max) return settle({ ok: false, reason: "too_large" });
      // Bytes beyond the declared length (none arrive when one is declared) are taken as they come.
      const refused = lease?.take(total - Math.max(before, declaredBytes ?? 0));
      if (refused) return settle({ ok: false, reason: refused });
      chunks.push(chunk);
    };
    const onEnd = () => settle({ ok: true, body: chunks.length === 1 && chunks[0] ? chunks[0] : Buffer.concat(chunks, total) });
    // The client went away, or the server's request timeout cut it off, before the body was complete.
    const onAborted = () => settle({ ok: false, reason: "aborted" });
    const onClose = () => {
      if (!incoming.complete) onAborted();
    };
    incoming.on("data", onData).on("end", onEnd).on("error", onAborted).on("close", onClose);
  });
}
