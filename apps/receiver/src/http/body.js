export async function readBody(request, max, lease, incoming) {
    const declared = request.headers.get("content-length");
    const declaredBytes = declared !== null && /^\d+$/.test(declared) ? Number(declared) : undefined;
    if (declaredBytes !== undefined && declaredBytes > max)
        return { ok: false, reason: "too_large" };
    if (declaredBytes !== undefined && lease) {
        const refused = lease.take(declaredBytes);
        if (refused)
            return { ok: false, reason: refused };
    }
    if (incoming && !incoming.readableDidRead)
        return readIncoming(incoming, max, declaredBytes, lease);
    if (request.body === null)
        return { ok: true, body: new Uint8Array() };
    const reader = request.body.getReader();
    const chunks = [];
    let total = 0;
    for (;;) {
        let chunk;
        try {
            chunk = await reader.read();
        }
        catch {
            // The client went away, or the server's request timeout cut it off, before the body was complete.
            return { ok: false, reason: "aborted" };
        }
        const { done, value } = chunk;
        if (done)
            break;
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
    if (chunks.length === 1 && chunks[0])
        return { ok: true, body: chunks[0] };
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
function readIncoming(incoming, max, declaredBytes, lease) {
    return new Promise((resolve) => {
        const chunks = [];
        let total = 0;
        const settle = (result) => {
            incoming.off("data", onData).off("end", onEnd).off("error", onAborted).off("close", onClose);
            if (!result.ok)
                incoming.pause();
            resolve(result);
        };
        const onData = (chunk) => {
            const before = total;
            total += chunk.byteLength;
            if (total > max)
                return settle({ ok: false, reason: "too_large" });
            // Bytes beyond the declared length (none arrive when one is declared) are taken as they come.
            const refused = lease?.take(total - Math.max(before, declaredBytes ?? 0));
            if (refused)
                return settle({ ok: false, reason: refused });
            chunks.push(chunk);
        };
        const onEnd = () => settle({ ok: true, body: chunks.length === 1 && chunks[0] ? chunks[0] : Buffer.concat(chunks, total) });
        // The client went away, or the server's request timeout cut it off, before the body was complete.
        const onAborted = () => settle({ ok: false, reason: "aborted" });
        const onClose = () => {
            if (!incoming.complete)
                onAborted();
        };
        incoming.on("data", onData).on("end", onEnd).on("error", onAborted).on("close", onClose);
    });
}
//# sourceMappingURL=body.js.map