import { randomBytes } from "node:crypto";
import { setTimeout as sleep } from "node:timers/promises";
import type { EventDetail, EventListResponse, EventSummary, VerificationDetail } from "@kyc-webhooks/receiver";
import { Webhook } from "standardwebhooks";
import { booleanValue, numberValue, requiredString, stringValue } from "../command.js";
import type { Command } from "../command.js";
import { parseTargetUrl } from "../transport.js";
import { UsageError, exitCodes } from "../errors.js";
import { followEvents } from "../follow.js";
import { HttpRequestError, sendRequest } from "../http-client.js";
import { ReceiverUnreachable, getEvent, getVerification, listEvents, receiverApiFrom, receiverEnvironment, receiverOptions } from "../receiver-api.js";
import type { ReceiverApi } from "../receiver-api.js";
import type { Terminal } from "../terminal.js";
import { cliVersion } from "../version.js";

/**
 * `listen --forward-to`: the `stripe listen` loop for a kyc-webhooks receiver. It follows the receiver's new
 * events and POSTs each, as a Standard Webhooks message (https://www.standardwebhooks.com/, signed with the
 * `standardwebhooks` package), to a development URL, so that the application behind it gets the normalized
 * events as a receiver in production would hand them over.
 */
export const listenCommand: Command = {
  name: "listen",
  usage: ["listen --forward-to <url> [--provider <names>] [--secret <whsec_…>] [--url <receiver>] [--admin-token <t>]"],
  description: [
    "Follows a receiver's new events (GET /events, as `events tail` does) and POSTs each to --forward-to as a",
    "Standard Webhooks message: JSON { type, timestamp, data } with webhook-id (the event's eventId, the same on",
    "every delivery of it), webhook-timestamp and webhook-signature (v1, HMAC-SHA256 with the signing secret).",
    "data is the normalized event; a quarantined body is forwarded as type event.quarantined with its issues.",
    "When the event changed its verification's state (GET /verifications/{provider}/{reference}: the event",
    "applied), a second message follows: type verification.updated, data the verification's current state",
    "(status, final, needsRefresh, the event that set it), webhook-id the event's eventId plus :verification.",
    "",
    "Prints one line per delivery: the event, its type, and the status your endpoint answered (or why it could",
    "not be reached; listen goes on). When the receiver restarts, listen waits for it and carries on where it",
    "was: nothing is forwarded twice or skipped. Without --secret a signing secret is made up and printed;",
    "verify with any Standard Webhooks library (new Webhook(secret).verify(body, headers)).",
    "",
    "Runs until Ctrl-C (or --count forwarded events). Exit status: 0, 1 if the receiver cannot be read at all, 2 on a usage error.",
  ].join("\n"),
  options: {
    ...receiverOptions,
    "forward-to": { type: "string", short: "f", value: "url", description: "Where to POST each event (required), e.g. http://localhost:3000/webhooks." },
    secret: { type: "string", value: "whsec_…", description: "The Standard Webhooks signing secret (default: $KYC_FORWARD_SECRET, else a new one)." },
    provider: { type: "string", short: "p", value: "names", description: "Only events of these providers (comma-separated)." },
    interval: { type: "string", value: "seconds", description: "Seconds between polls of the receiver (default 1)." },
    count: { type: "string", value: "n", description: "Stop after forwarding this many events." },
    json: { type: "boolean", description: "One JSON object per delivery instead of a line of text." },
  },
  environment: { ...receiverEnvironment, KYC_FORWARD_SECRET: "The signing secret, when --secret is not given." },
  examples: ["listen --forward-to http://localhost:3000/webhooks", "listen -f http://localhost:3000/kyc --provider shufti,ondato --secret whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"],
  async run(args, context) {
    const { terminal, env, signal } = context;
    if (args.positionals.length > 0) throw new UsageError(`Unexpected argument ${args.positionals[0] ?? ""}.`, "Run `kyc-webhooks listen --help`.");
    const target = parseTargetUrl(requiredString(args, "forward-to", "listen", "url"), "--forward-to");
    const { profile } = await context.profile();
    const api = receiverApiFrom(args, env, { url: profile.url, adminToken: profile.adminToken }, signal);
    const secret = stringValue(args, "secret") ?? env.KYC_FORWARD_SECRET ?? `whsec_${randomBytes(24).toString("base64")}`;
    let webhook: Webhook;
    try {
      webhook = new Webhook(secret);
    } catch {
      throw new UsageError("--secret is not a Standard Webhooks secret.", "Give whsec_ followed by base64, e.g. whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw.");
    }
    const provider = stringValue(args, "provider");
    const query = { provider: provider?.replace(/\s+/g, "") };
    const intervalMs = numberValue(args, "interval", "listen", 1) * 1000;
    const countRaw = stringValue(args, "count");
    const count = countRaw === undefined ? undefined : Math.trunc(numberValue(args, "count", "listen", 1));
    const json = booleanValue(args, "json");

    const first = await firstPage(api, query, terminal, signal);
    if (first === undefined) return exitCodes.ok;
    if (!json) {
      terminal.warn(terminal.err.bold(`Forwarding new events of ${api.baseUrl.origin} to ${target.href}`));
      if (stringValue(args, "secret") === undefined && env.KYC_FORWARD_SECRET === undefined) terminal.warn(`Signing secret: ${secret} ${terminal.err.dim("(keep one with --secret)")}`);
      terminal.warn(terminal.err.dim("Ready. Ctrl-C to stop."));
    }

    const forward = async (summary: EventSummary) => {
      for (const line of await forwardEvent(api, summary, target, webhook, signal)) {
        if (json) terminal.print(JSON.stringify(line));
        else terminal.print(formatLine(line, terminal));
      }
    };
    await followEvents(
      api,
      {
        async onNew(events) {
          for (const event of events) await forward(event);
        },
        onConnection(reason) {
          terminal.warn(terminal.err.yellow(reason === undefined ? "Receiver back; forwarding again." : `${reason} Waiting for it (Ctrl-C to stop)…`));
        },
      },
      { query, intervalMs, signal, afterId: first.events[0]?.id ?? "0", ...(count === undefined ? {} : { count }) },
    );
    return exitCodes.ok;
  },
};

/** The newest event now, waiting for a receiver that is not up yet; undefined when stopped first. */
async function firstPage(api: ReceiverApi, query: Record<string, string | undefined>, terminal: Terminal, signal: AbortSignal): Promise<EventListResponse | undefined> {
  let said = false;
  while (!signal.aborted) {
    try {
      return await listEvents(api, { ...query, limit: "1" });
    } catch (error) {
      if (!(error instanceof ReceiverUnreachable)) throw error;
      if (!said) terminal.warn(terminal.err.yellow(`${error.message} Waiting for it (Ctrl-C to stop)…`));
      said = true;
      await sleep(1000, undefined, { signal }).catch(() => undefined);
    }
  }
  return undefined;
}

interface DeliveryLine {
  readonly id: string;
  readonly eventId: string;
  readonly provider: string;
  readonly kind: string | null;
  readonly type: string;
  readonly status?: number;
  readonly statusText?: string;
  readonly elapsedMs?: number;
  readonly error?: string;
}

/** POSTs one Standard Webhooks message; the line that says how it went. */
async function post(target: URL, webhook: Webhook, messageId: string, type: string, data: unknown, base: Omit<DeliveryLine, "type">, timeoutMs: number, signal: AbortSignal): Promise<DeliveryLine> {
  const timestamp = new Date();
  const payload = JSON.stringify({ type, timestamp: timestamp.toISOString(), data });
  const headers = {
    "content-type": "application/json",
    "user-agent": `kyc-webhooks-cli/${cliVersion}`,
    "webhook-id": messageId,
    "webhook-timestamp": String(Math.floor(timestamp.getTime() / 1000)),
    "webhook-signature": webhook.sign(messageId, timestamp, payload),
  };
  try {
    const response = await sendRequest({ method: "POST", url: target.href, headers, body: new TextEncoder().encode(payload), timeoutMs, signal });
    return { ...base, type, status: response.status, statusText: response.statusText, elapsedMs: response.elapsedMs };
  } catch (error) {
    return { ...base, type, error: error instanceof HttpRequestError ? error.reason : (error as Error).message };
  }
}

/** The verification's state when this event set it (its history entry says `applied`), else undefined. */
async function changedVerification(api: ReceiverApi, detail: EventDetail): Promise<Omit<VerificationDetail, "history"> | undefined> {
  const reference = detail.normalized?.reference;
  if (detail.quarantined || reference === undefined || reference === null) return undefined;
  let verification: VerificationDetail;
  try {
    verification = await getVerification(api, detail.provider, reference);
  } catch {
    return undefined; // no verification state for it (an older receiver, or none kept): the event message stands alone
  }
  const entry = verification.history.find((item) => item.id === detail.id);
  if (entry?.outcome !== "applied") return undefined;
  const { history: _history, ...state } = verification;
  return state;
}

async function forwardEvent(api: ReceiverApi, summary: EventSummary, target: URL, webhook: Webhook, signal: AbortSignal): Promise<DeliveryLine[]> {
  const base = { id: summary.id, eventId: summary.eventId, provider: summary.provider, kind: summary.kind ?? null };
  let detail: EventDetail;
  try {
    detail = await getEvent(api, summary.id);
  } catch (error) {
    return [{ ...base, type: summary.type ?? "event.quarantined", error: `could not read the event: ${(error as Error).message}` }];
  }
  const type = detail.quarantined || detail.normalized === undefined || detail.normalized === null ? "event.quarantined" : detail.normalized.type;
  const data = type === "event.quarantined" ? { id: detail.id, eventId: detail.eventId, provider: detail.provider, kind: detail.kind ?? null, issues: detail.issues } : detail.normalized;
  const lines = [await post(target, webhook, detail.eventId, type, data, base, api.timeoutMs, signal)];
  const verification = await changedVerification(api, detail);
  if (verification !== undefined) lines.push(await post(target, webhook, `${detail.eventId}:verification`, "verification.updated", verification, base, api.timeoutMs, signal));
  return lines;
}

function formatLine(line: DeliveryLine, terminal: Terminal): string {
  const style = terminal.out;
  const time = new Date().toISOString().slice(11, 19);
  const what = `${line.provider} ${line.kind ?? "?"} ${style.dim("→")} ${line.type}`;
  if (line.error !== undefined) return `${style.dim(time)}  ${line.id}  ${what}  ${style.red(`✖ ${line.error}`)}`;
  const ok = line.status !== undefined && line.status >= 200 && line.status < 300;
  const status = `[${line.status ?? ""} ${line.statusText ?? ""}]`.replace(" ]", "]");
  return `${style.dim(time)}  ${line.id}  ${what}  ${ok ? style.green(status) : style.red(status)} ${style.dim(`${Math.round(line.elapsedMs ?? 0)} ms`)}`;
}
