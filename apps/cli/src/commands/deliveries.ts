import type { OutboundDeliveryBody } from "@kyc-webhooks/receiver/api";
import { booleanValue, numberValue, stringValue } from "../command.js";
import type { Command, ParsedArgs } from "../command.js";
import { getDelivery, listDeliveries, retryDelivery } from "../deliveries-api.js";
import { UsageError, exitCodes } from "../errors.js";
import { receiverApiFrom, receiverEnvironment, receiverOptions } from "../receiver-api.js";
import type { ReceiverApi } from "../receiver-api.js";
import { renderTable } from "../table.js";
import type { Style, Terminal } from "../terminal.js";

const subcommands = ["list", "show", "retry"] as const;
const states = ["pending", "succeeded", "dead"] as const;

export const deliveriesCommand: Command = {
  name: "deliveries",
  usage: [
    "deliveries list [--endpoint <names>] [--state <states>] [--event <id>] [--limit <n>] [--cursor <c>] [--all] [--json]",
    "deliveries show <id> [--json]",
    "deliveries retry <id>... [--dead] [--endpoint <names>] [--json]",
  ],
  description: [
    "Reads a running receiver's deliveries API (GET /deliveries, GET /deliveries/{id}, POST /deliveries/{id}/retry)",
    "with its admin token. A delivery is one message (one stored event) for one target: an HTTP endpoint or `nats`.",
    "",
    "  list   the newest deliveries first: state (pending, succeeded, dead), attempts, last status or error",
    "  show   one delivery with every attempt (worker, time, duration, status, error)",
    "  retry  dead (or waiting) deliveries are attempted now, with a fresh round of the retry schedule;",
    "         --dead retries every dead delivery (of --endpoint, when given)",
    "",
    "To send a stored event again to every endpoint: `kyc-webhooks replay <event-id>`.",
    "Exit status: 0 ok, 1 receiver unreachable or refusing, 2 usage error.",
  ].join("\n"),
  options: {
    ...receiverOptions,
    endpoint: { type: "string", value: "names", description: "Only these targets (names as `deliveries list` shows them; comma-separated)." },
    state: { type: "string", value: "states", description: `Only these states (${states.join(", ")}; comma-separated).` },
    event: { type: "string", value: "id", description: "Only the deliveries of this event (its id or eventId)." },
    dead: { type: "boolean", description: "retry: every dead delivery." },
    limit: { type: "string", short: "n", value: "n", description: "list: page size, 1 to 500 (default 50)." },
    cursor: { type: "string", value: "cursor", description: "list: the page after this cursor." },
    all: { type: "boolean", description: "list: follow the pages to the oldest delivery." },
    json: { type: "boolean", description: "Machine-readable output: the API's answers." },
  },
  environment: receiverEnvironment,
  examples: ["deliveries list --state dead", "deliveries show 17", "deliveries retry 17", "deliveries retry --dead --endpoint onboarding"],
  async run(args, context) {
    const [sub, ...rest] = args.positionals;
    if (sub === undefined || !(subcommands as readonly string[]).includes(sub)) {
      throw new UsageError(sub === undefined ? "deliveries needs a subcommand: list, show or retry." : `Unknown deliveries subcommand "${sub}".`, "Run `kyc-webhooks deliveries --help`.");
    }
    const api = receiverApiFrom(args, context.env);
    const terminal = context.terminal;
    if (sub === "show") {
      if (rest.length !== 1) throw new UsageError("deliveries show needs one delivery id.", "Ids are in `kyc-webhooks deliveries list`.");
      return show(api, rest[0] ?? "", args, terminal);
    }
    if (sub === "retry") return retry(api, rest, args, terminal);
    if (rest.length > 0) throw new UsageError(`Unexpected argument ${rest[0] ?? ""}.`, "Run `kyc-webhooks deliveries --help`.");
    return list(api, args, terminal);
  },
};

function stateList(args: ParsedArgs): string | undefined {
  const value = stringValue(args, "state");
  if (value === undefined) return undefined;
  for (const item of value.split(",")) {
    if (!(states as readonly string[]).includes(item.trim())) throw new UsageError(`Unknown --state value "${item}".`, `Use one of: ${states.join(", ")}.`);
  }
  return value.replace(/\s+/g, "");
}

async function list(api: ReceiverApi, args: ParsedArgs, terminal: Terminal): Promise<number> {
  const query = {
    endpoint: stringValue(args, "endpoint"),
    state: stateList(args),
    event: stringValue(args, "event"),
    limit: stringValue(args, "limit") === undefined ? undefined : String(Math.trunc(numberValue(args, "limit", "deliveries", 50))),
  };
  const all = booleanValue(args, "all");
  const deliveries: OutboundDeliveryBody[] = [];
  let cursor = stringValue(args, "cursor");
  let nextCursor: string | null;
  do {
    const page = await listDeliveries(api, { ...query, cursor });
    deliveries.push(...page.deliveries);
    nextCursor = page.nextCursor;
    cursor = nextCursor ?? undefined;
  } while (all && nextCursor !== null);
  if (booleanValue(args, "json")) {
    terminal.print(JSON.stringify({ deliveries, nextCursor: all ? null : nextCursor }, null, 2));
    return exitCodes.ok;
  }
  if (deliveries.length === 0) {
    terminal.print(terminal.out.dim("No deliveries match."));
    return exitCodes.ok;
  }
  for (const line of table(deliveries, terminal)) terminal.print(line);
  if (!all && nextCursor !== null) terminal.print(terminal.out.dim(`\nMore: kyc-webhooks deliveries list --cursor ${nextCursor} (or --all)`));
  return exitCodes.ok;
}

function stateColor(text: string, delivery: OutboundDeliveryBody, style: Style): string {
  if (delivery.state === "dead") return style.red(text);
  if (delivery.state === "succeeded") return style.green(text);
  return style.yellow(text);
}

const shortTime = (iso: string | null) => (iso === null ? "" : iso.replace("T", " ").replace(/\.\d+Z$/, "Z"));

function table(deliveries: readonly OutboundDeliveryBody[], terminal: Terminal): string[] {
  return renderTable(
    deliveries,
    [
      { header: "ID", value: (delivery) => delivery.id, minWidth: 4 },
      { header: "EVENT", value: (delivery) => delivery.eventRowId },
      { header: "ENDPOINT", value: (delivery) => delivery.endpoint },
      { header: "STATE", value: (delivery) => delivery.state, color: stateColor, minWidth: 9 },
      { header: "ATTEMPTS", value: (delivery) => String(delivery.attempts) },
      { header: "NEXT", value: (delivery) => shortTime(delivery.nextAttemptAt) },
      { header: "LAST", value: (delivery) => delivery.lastError ?? (delivery.lastStatusCode === null ? "" : String(delivery.lastStatusCode)) },
    ],
    terminal.out,
    terminal.stdout.isTTY ? (terminal.stdout.columns ?? 160) : undefined,
  );
}

async function show(api: ReceiverApi, id: string, args: ParsedArgs, terminal: Terminal): Promise<number> {
  const delivery = await getDelivery(api, id);
  if (booleanValue(args, "json")) {
    terminal.print(JSON.stringify(delivery, null, 2));
    return exitCodes.ok;
  }
  const style = terminal.out;
  terminal.print(style.bold(`Delivery ${delivery.id}`));
  const rows: [string, string][] = [
    ["endpoint", delivery.endpoint],
    ["event", `${delivery.eventRowId} (${delivery.eventId})`],
    ["message", delivery.messageId],
    ["state", stateColor(delivery.state, delivery, style)],
    ["queued", shortTime(delivery.createdAt)],
  ];
  if (delivery.deliveredAt) rows.push(["delivered", shortTime(delivery.deliveredAt)]);
  if (delivery.nextAttemptAt) rows.push(["next attempt", shortTime(delivery.nextAttemptAt)]);
  const width = Math.max(...rows.map(([name]) => name.length));
  for (const [name, value] of rows) terminal.print(`  ${style.dim(name.padEnd(width))}  ${value}`);
  if (delivery.attemptLog.length > 0) {
    terminal.print("");
    terminal.print(style.bold("Attempts"));
    for (const attempt of delivery.attemptLog) {
      const outcome = attempt.ok ? style.green(String(attempt.statusCode ?? "ok")) : style.red(attempt.error ?? String(attempt.statusCode ?? "failed"));
      terminal.print(`  ${String(attempt.attempt).padStart(3)}  ${shortTime(attempt.startedAt)}  ${`${Math.round(attempt.durationMs)} ms`.padStart(8)}  ${outcome}  ${style.dim(attempt.worker)}`);
    }
  }
  return exitCodes.ok;
}

async function retry(api: ReceiverApi, ids: readonly string[], args: ParsedArgs, terminal: Terminal): Promise<number> {
  const targets = [...ids];
  if (booleanValue(args, "dead")) {
    let cursor: string | undefined;
    do {
      const page = await listDeliveries(api, { state: "dead", endpoint: stringValue(args, "endpoint"), limit: "500", cursor });
      targets.push(...page.deliveries.map((delivery) => delivery.id));
      cursor = page.nextCursor ?? undefined;
    } while (cursor !== undefined);
  } else if (targets.length === 0) {
    throw new UsageError("deliveries retry needs delivery ids, or --dead.", "Example: kyc-webhooks deliveries retry 17 (ids are in `kyc-webhooks deliveries list --state dead`).");
  }
  const retried: OutboundDeliveryBody[] = [];
  for (const id of targets) retried.push(await retryDelivery(api, id));
  if (booleanValue(args, "json")) terminal.print(JSON.stringify({ deliveries: retried }, null, 2));
  else terminal.print(retried.length === 0 ? terminal.out.dim("No dead deliveries.") : `Queued again: ${retried.map((delivery) => `${delivery.id} (${delivery.endpoint})`).join(", ")}`);
  return exitCodes.ok;
}
