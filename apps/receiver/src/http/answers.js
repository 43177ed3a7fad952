/* The receiver's answers: JSON with Cache-Control: no-store, and ApiError bodies with the request id. */
const jsonHeaders = { "content-type": "application/json; charset=utf-8", "cache-control": "no-store" };
export function json(status, body, headers = {}) {
    if (status === 204 || status === 205 || status === 304)
        return new Response(null, { status, headers: { "cache-control": "no-store", ...headers } });
    return new Response(JSON.stringify(body), { status, headers: { ...jsonHeaders, ...headers } });
}
export function apiError(status, error, message, requestId, headers = {}) {
    const body = { error, message, requestId };
    return json(status, body, { "x-request-id": requestId, ...headers });
}
//# sourceMappingURL=answers.js.map