import type { Command } from "../command.js";
import { booleanValue, listValue, requiredString, stringValue } from "../command.js";
import { redeliverEvent } from "../deliveries-api.js";
import { providerDelivery } from "../provider-delivery.js";
import { parseHeaderOption, parseTargetUrl } from "../transport.js";
import { UsageError, exitCodes } from "../errors.js";
import { getEvent, rawBodyBytes, receiverApiFrom, receiverEnvironment, receiverOptions } from "../receiver-api.js";
import { deliveryCredentials, deliveryOptions, runDelivery } from "./send.js";

/**
 * Headers of the original request that are not the provider's to send again: connection-level ones, the
 * ones node:http sets itself, and the proxy headers of the first hop (a replay comes from here, not from there).
 */
const droppedHeaders = new Set(["host", "content-length", "connection", "keep-alive", "transfer-encoding", "te", "upgrade", "expect", "accept-encoding", "authorization", "cookie"]);
const droppedPrefixes = ["x-forwarded-", "forwarded", "x-real-ip", "cf-", "x-amzn-"];

export const replayCommand: Command = {
  name: "replay",
  usage: ["replay <event-id> [--url <receiver>] [--admin-token <t>] [--json]", "replay <event-id> --to <url> [--url <receiver>] [--admin-token <t>] [credentials as for send]"],
  description: [
    "Without --to: asks the receiver to deliver the event again to every outbound endpoint that takes its type",
    "(POST /events/{id}/redeliver; same message id, so consumers can tell), and prints the deliveries queued.",
    "",
    "With --to:",
    "Fetches the raw body a receiver stored (GET /events/{id}?raw=1) and POSTs it to --to exactly as it was",
    "received: the same bytes, content type and provider headers (Shufti's signature header included, so a receiver",
    "with the same secret accepts it). Credentials are not stored by a receiver: give them again as for `send`",
    "(--secret re-signs a Shufti body, --username/--password, --token). Works for quarantined events too.",
    "",
    "Exit status: 0 when delivered, 1 when the event cannot be fetched or the delivery fails, 2 on a usage error.",
  ].join("\n"),
  options: { ...receiverOptions, ...deliveryOptions },
  environment: receiverEnvironment,
  examples: [
    "replay 42",
    "replay 42 --to http://127.0.0.1:9090/webhooks/shufti --secret $KYC_SHUFTI_SECRET_KEY",
    "replay netki:id:… --url https://kyc.example.com --to http://localhost:8080/webhooks/netki -u netki --password secret",
  ],
  async run(args, { terminal, env, profile: loadProfile, signal }) {
    const [id, ...rest] = args.positionals;
    if (id === undefined) throw new UsageError("replay needs the id of a stored event.", "Find it with `kyc-webhooks events list`.");
    if (rest.length > 0) throw new UsageError(`Unexpected argument ${rest[0] ?? ""}.`, "replay re-delivers one event; run it once per event.");
    const { profile } = await loadProfile();
    const api = receiverApiFrom(args, env, { url: profile.url, adminToken: profile.adminToken }, signal);
    if (stringValue(args, "to") === undefined) {
      const queued = await redeliverEvent(api, id);
      if (booleanValue(args, "json")) terminal.print(JSON.stringify(queued, null, 2));
      else terminal.print(`Queued event ${id} again for ${queued.deliveries.map((delivery) => `${delivery.endpoint} (delivery ${delivery.id})`).join(", ")}`);
      return exitCodes.ok;
    }
    const target = parseTargetUrl(requiredString(args, "to", "replay", "url"), "--to");

    const event = await getEvent(api, id, { raw: true });
    const body = rawBodyBytes(event);
    if (body === undefined) throw new UsageError(`The receiver sent no raw body for event ${id}.`, "Is it a kyc-webhooks receiver of this version?");
    const headers: Record<string, string> = {};
    for (const [name, value] of Object.entries(event.headers)) {
      const lower = name.toLowerCase();
      if (droppedHeaders.has(lower) || droppedPrefixes.some((prefix) => lower.startsWith(prefix))) continue;
      headers[lower] = value;
    }
    const request = providerDelivery(event.provider, target, body, {
      contentType: event.contentType ?? undefined,
      headers,
      extraHeaders: listValue(args, "header").map(parseHeaderOption),
      credentials: await deliveryCredentials(args, event.provider, env, target, profile),
    });
    const { code } = await runDelivery(event.provider, request, args, terminal, { event: event.id, ...(event.kind ? { kind: event.kind } : {}) }, "replay");
    return code;
  },
};
