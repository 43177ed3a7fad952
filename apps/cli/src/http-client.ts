import { request as httpRequest } from "node:http";
import { request as httpsRequest } from "node:https";
import { CliError } from "./errors.js";

/**
 * The one HTTP client of the CLI, on node:http and node:https: every command that talks to a receiver or a
 * forwarding target goes through it. Not fetch: fetch refuses ports it deems unsafe (6666, 6000, …), which a
 * local receiver may well use, and adds headers (Accept-Encoding, Sec-Fetch-Mode, …) that no provider sends.
 * node:http adds only Host, Content-Length and Connection. Redirects are not followed.
 */
export interface HttpRequest {
  readonly method: string;
  readonly url: string;
  readonly headers: Readonly<Record<string, string>>;
  readonly body?: Uint8Array;
  readonly timeoutMs: number;
  readonly signal?: AbortSignal;
}

export interface HttpResponse {
  readonly status: number;
  readonly statusText: string;
  readonly headers: Readonly<Record<string, string | string[] | undefined>>;
  readonly body: Buffer;
  readonly elapsedMs: number;
}

/** A request that got no answer; `reason` is a short phrase ("connection refused", "no answer within 5 s"). */
export class HttpRequestError extends CliError {
  override readonly name = "HttpRequestError";
  readonly reason: string;
  readonly code: string | undefined;

  constructor(url: string, reason: string, code: string | undefined, hint?: string) {
    super(`Could not reach ${url}: ${reason}.`, hint);
    this.reason = reason;
    this.code = code;
  }
}

export function sendRequest(request: HttpRequest): Promise<HttpResponse> {
  const url = new URL(request.url);
  const send = url.protocol === "https:" ? httpsRequest : httpRequest;
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const fail = (error: unknown) => {
      const code = (error as NodeJS.ErrnoException).code;
      reject(new HttpRequestError(request.url, describeRequestError(error, request.timeoutMs), code));
    };
    const headers: Record<string, string> = { ...request.headers };
    if (request.body !== undefined) headers["content-length"] = String(request.body.byteLength);
    const outgoing = send(url, { method: request.method, headers, timeout: request.timeoutMs, agent: false, signal: request.signal }, (response) => {
      const chunks: Buffer[] = [];
      response.on("data", (chunk: Buffer) => chunks.push(chunk));
      response.on("error", fail);
      response.on("end", () => {
        resolve({
          status: response.statusCode ?? 0,
          statusText: response.statusMessage ?? "",
          headers: response.headers,
          body: Buffer.concat(chunks),
          elapsedMs: Math.round((performance.now() - started) * 10) / 10,
        });
      });
    });
    outgoing.on("timeout", () => outgoing.destroy(Object.assign(new Error("timeout"), { code: "ETIMEDOUT" })));
    outgoing.on("error", fail);
    outgoing.end(request.body);
  });
}

function describeRequestError(error: unknown, timeoutMs: number): string {
  switch ((error as NodeJS.ErrnoException).code) {
    case "ETIMEDOUT":
      return `no answer within ${timeoutMs / 1000} s`;
    case "ECONNREFUSED":
      return "connection refused";
    case "ENOTFOUND":
    case "EAI_AGAIN":
      return "host not found";
    case "ECONNRESET":
      return "the connection was closed before an answer";
    case "ABORT_ERR":
      return "stopped";
    default:
      return error instanceof Error ? error.message : String(error);
  }
}

/** `--timeout <seconds>` as milliseconds (default 30 s, as Ondato waits for an answer). */
export const defaultTimeoutSeconds = 30;
