/*
 * A callback's body as the raw bytes it arrived in (signatures are computed over them), read with a size
 * limit that applies while streaming: checked against Content-Length first, then chunk by chunk, and the
 * stream is cancelled as soon as the limit is passed (the Node adapter discards the rest, so the client
 * still gets its 413).
 */

export type BodyResult = { readonly ok: true; readonly body: Uint8Array } | { readonly ok: false; readonly reason: "too_large" | "aborted" };

export async function readBody(request: Request, max: number): Promise<BodyResult> {
  const declared = request.headers.get("content-length");
  if (declared !== null && /^\d+$/.test(declared) && Number(declared) > max) return { ok: false, reason: "too_large" };
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
    total += value.byteLength;
    if (total > max) {
      await reader.cancel().catch(() => undefined);
      return { ok: false, reason: "too_large" };
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
