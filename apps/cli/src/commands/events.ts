import { formatPath } from "@kyc-webhooks/core";
import { eventTypes, providerNames, statuses } from "@kyc-webhooks/normalized/lazy";
import type { EventDetail, EventSummary } from "@kyc-webhooks/receiver";
import { booleanValue, closest, numberValue, stringValue } from "../command.js";
import type { Command, Context, ParsedArgs } from "../command.js";
import { UsageError, exitCodes } from "../errors.js";
import { followEvents } from "../follow.js";
import { getEvent, listEvents, rawBodyBytes, receiverApiFrom, receiverEnvironment, receiverOptions } from "../receiver-api.js";
import type { ReceiverApi } from "../receiver-api.js";
import { renderTable } from "../table.js";
import type { Style, Terminal } from "../terminal.js";

const subcommands = ["list", "show", "tail"] as const;
const receiverOptionNames = Object.keys(receiverOptions);
const filterNames = ["provider", "status", "type", "kind", "reference", "merchant-reference", "since", "until", "quarantined", "valid"];

export const eventsCommand: Command = {
  name: "events",
  usage: [
    "events list [filters] [--limit <n>] [--cursor <c>] [--all] [--json]",
    "events show <id> [--raw] [--json]",
    "events tail [filters] [--lines <n>] [--interval <s>] [--count <n>] [--json]",
  ],
  subcommands: {
    list: [...receiverOptionNames, ...filterNames, "limit", "cursor", "all", "json"],
    show: [...receiverOptionNames, "raw", "json"],
    tail: [...receiverOptionNames, ...filterNames, "lines", "interval", "count", "json"],
  },
  description: [
    "Reads a running receiver's events API (GET /events, GET /events/{id}) with its admin token.",
    "",
    "  list   the newest events first, as a table; --all follows the pages to the end",
    "  show   one event by the receiver's id or by eventId: the normalized event's summary, issues of a",
    "         quarantined body, the deliveries; --raw prints the raw body exactly as received (and nothing else)",
    "  tail   the last --lines events, then every new one as it arrives, and redeliveries of recent ones, until",
    "         Ctrl-C (or --count new events); a receiver that restarts is waited for",
    "",
    `Filters: --provider (${providerNames.join(", ")}), --status, --type and --kind (comma-separated values match any),`,
    "--reference, --merchant-reference, --since/--until (ISO 8601, or a duration back from now: 30s, 15m, 2h, 7d),",
    "--quarantined (only bodies that failed validation) or --valid (only the others).",
    "",
    "With --json: list prints the API's page ({ events, nextCursor }, or every event with --all), show the event,",
    "tail one JSON object per line. Exit status: 0 ok, 1 receiver unreachable or refusing, 2 usage error.",
  ].join("\n"),
  options: {
    ...receiverOptions,
    provider: { type: "string", short: "p", value: "names", description: "Only these providers (comma-separated)." },
    status: { type: "string", value: "statuses", description: `Only these normalized statuses (${statuses.join(", ")}).` },
    type: { type: "string", value: "types", description: "Only these normalized event types (e.g. verification.completed)." },
    kind: { type: "string", value: "kind", description: "Only this provider callback kind." },
    reference: { type: "string", value: "ref", description: "Only events of this provider reference." },
    "merchant-reference": { type: "string", value: "ref", description: "Only events of this merchant reference." },
    since: { type: "string", value: "time", description: "Received at or after: ISO 8601 or a duration (15m, 2h, 7d)." },
    until: { type: "string", value: "time", description: "Received before: ISO 8601 or a duration." },
    quarantined: { type: "boolean", description: "Only quarantined events (bodies that failed validation)." },
    valid: { type: "boolean", description: "Only events that passed validation." },
    limit: { type: "string", short: "n", value: "n", description: "list: page size, 1 to 500 (default 50)." },
    cursor: { type: "string", value: "cursor", description: "list: the page after this cursor (printed under a full page)." },
    all: { type: "boolean", description: "list: follow the pages to the oldest event." },
    raw: { type: "boolean", description: "show: print the raw body exactly as received, and nothing else." },
    lines: { type: "string", value: "n", description: "tail: how many existing events to print first (default 10; 0 for none)." },
    interval: { type: "string", value: "seconds", description: "tail: seconds between polls (default 2)." },
    count: { type: "string", value: "n", description: "tail: stop after this many new events." },
    json: { type: "boolean", description: "Machine-readable output (see above)." },
  },
  environment: receiverEnvironment,
  examples: [
    "events list",
    "events list --provider shufti,netki --since 1h --quarantined",
    "events show 42",
    "events show 42 --raw > body.json && kyc-webhooks validate body.json",
    "events tail --json | jq .status",
  ],
  async run(args, context) {
    const [sub, ...rest] = args.positionals;
    if (sub === undefined || !(subcommands as readonly string[]).includes(sub)) {
      throw new UsageError(sub === undefined ? "events needs a subcommand: list, show or tail." : `Unknown events subcommand "${sub}".`, "Run `kyc-webhooks events --help`.");
    }
    const { profile } = await context.profile();
    const api = receiverApiFrom(args, context.env, { url: profile.url, adminToken: profile.adminToken }, context.signal);
    if (sub === "show") {
      if (rest.length !== 1) throw new UsageError("events show needs one event id.", "Example: kyc-webhooks events show 42 (ids are in `kyc-webhooks events list`).");
      return showEvent(api, rest[0] ?? "", args, context.terminal);
    }
    if (rest.length > 0) throw new UsageError(`Unexpected argument ${rest[0] ?? ""}.`, "Run `kyc-webhooks events --help`.");
    const query = eventQuery(args);
    return sub === "list" ? listCommand(api, query, args, context.terminal) : tailCommand(api, query, args, context);
  },
};

function eventQuery(args: ParsedArgs): Record<string, string | undefined> {
  if (booleanValue(args, "quarantined") && booleanValue(args, "valid")) throw new UsageError("Give --quarantined or --valid, not both.");
  const list = (name: string, allowed: readonly string[]) => {
    const value = stringValue(args, name);
    if (value === undefined) return undefined;
    for (const item of value.split(",")) {
      if (!allowed.includes(item.trim())) {
        const close = closest(item.trim(), allowed);
        throw new UsageError(`Unknown --${name} value "${item}".`, `${close ? `Did you mean ${close}? ` : ""}Use one of: ${allowed.join(", ")}.`);
      }
    }
    return value.replace(/\s+/g, "");
  };
  return {
    provider: list("provider", providerNames),
    status: list("status", statuses),
    type: list("type", eventTypes),
    kind: stringValue(args, "kind"),
    reference: stringValue(args, "reference"),
    merchantReference: stringValue(args, "merchant-reference"),
    from: timeValue(args, "since"),
    to: timeValue(args, "until"),
    quarantined: booleanValue(args, "quarantined") ? "true" : booleanValue(args, "valid") ? "false" : undefined,
  };
}

const durationUnits: Readonly<Record<string, number>> = { s: 1_000, m: 60_000, h: 3_600_000, d: 86_400_000 };

/** An ISO 8601 time, or a duration back from now (`15m`), as ISO 8601. */
function timeValue(args: ParsedArgs, name: string): string | undefined {
  const value = stringValue(args, name);
  if (value === undefined) return undefined;
  const duration = /^(\d+)([smhd])$/.exec(value);
  if (duration) return new Date(Date.now() - Number(duration[1]) * (durationUnits[duration[2] ?? "s"] ?? 0)).toISOString();
  const time = new Date(value);
  if (Number.isNaN(time.getTime()) || !/^\d{4}-\d{2}-\d{2}/.test(value)) {
    throw new UsageError(`--${name} "${value}" is neither an ISO 8601 time nor a duration.`, "Examples: 2025-06-01, 2025-06-01T12:00:00Z, 30m, 2h, 7d.");
  }
  return time.toISOString();
}

async function listCommand(api: ReceiverApi, query: Record<string, string | undefined>, args: ParsedArgs, terminal: Terminal): Promise<number> {
  const limit = stringValue(args, "limit") === undefined ? undefined : String(Math.trunc(numberValue(args, "limit", "events", 50)));
  const all = booleanValue(args, "all");
  const events: EventSummary[] = [];
  let cursor = stringValue(args, "cursor");
  let nextCursor: string | null;
  do {
    const page = await listEvents(api, { ...query, limit, cursor });
    events.push(...page.events);
    nextCursor = page.nextCursor;
    cursor = nextCursor ?? undefined;
  } while (all && nextCursor !== null);

  if (booleanValue(args, "json")) {
    terminal.print(JSON.stringify({ events, nextCursor: all ? null : nextCursor }, null, 2));
    return exitCodes.ok;
  }
  const style = terminal.out;
  if (events.length === 0) {
    terminal.print(style.dim("No events match."));
    return exitCodes.ok;
  }
  for (const line of eventTable(events, terminal)) terminal.print(line);
  if (!all && nextCursor !== null) terminal.print(style.dim(`\nMore: ${nextPageCommand(args, query, nextCursor)} (or --all)`));
  return exitCodes.ok;
}

/**
 * The command line of the next page: the same receiver (--url, never the admin token), every filter, the
 * page size, and the cursor. Durations (--since 2h) are given as the times they meant, so that the next
 * page continues the same list rather than a window that has moved.
 */
function nextPageCommand(args: ParsedArgs, query: Record<string, string | undefined>, cursor: string): string {
  const parts = ["kyc-webhooks", "events", "list"];
  const url = stringValue(args, "url");
  if (url !== undefined) parts.push("--url", url);
  const timeout = stringValue(args, "timeout");
  if (timeout !== undefined) parts.push("--timeout", timeout);
  const flags: [string, string | undefined][] = [
    ["provider", query.provider],
    ["status", query.status],
    ["type", query.type],
    ["kind", query.kind],
    ["reference", query.reference],
    ["merchant-reference", query.merchantReference],
    ["since", query.from],
    ["until", query.to],
  ];
  for (const [name, value] of flags) if (value !== undefined) parts.push(`--${name}`, value);
  if (query.quarantined === "true") parts.push("--quarantined");
  if (query.quarantined === "false") parts.push("--valid");
  const limit = stringValue(args, "limit");
  if (limit !== undefined) parts.push("-n", limit);
  parts.push("--cursor", cursor);
  return parts.map(shellWord).join(" ");
}

/** A word as a POSIX shell reads it back: as it is when safe, else in single quotes. */
function shellWord(word: string): string {
  return /^[\w@%+=:,./-]+$/.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`;
}

function eventTable(events: readonly EventSummary[], terminal: Terminal, header = true): string[] {
  const style = terminal.out;
  const lines = renderTable(
    events,
    [
      { header: "ID", value: (event) => event.id, minWidth: 4 },
      { header: "RECEIVED", value: (event) => shortTime(event.receivedAt), minWidth: 20 },
      { header: "PROVIDER", value: (event) => event.provider, minWidth: 8 },
      { header: "KIND", value: (event) => event.kind ?? "?", minWidth: 24 },
      {
        header: "STATUS",
        value: (event) => (event.quarantined ? "quarantined" : (event.status ?? "")),
        color: (text, event, s) => statusColor(text, event, s),
        minWidth: 11,
      },
      { header: "TYPE", value: (event) => event.type ?? "", minWidth: 24 },
      { header: "DELIVERIES", value: (event) => String(event.deliveries) },
      { header: "REFERENCE", value: (event) => event.reference ?? "" },
    ],
    style,
    terminal.stdout.isTTY ? (terminal.stdout.columns ?? 160) : undefined,
  );
  return header ? lines : lines.slice(1);
}

function statusColor(text: string, event: EventSummary, style: Style): string {
  if (event.quarantined || event.status === "declined") return style.red(text);
  if (event.status === "approved") return style.green(text);
  return style.yellow(text);
}

function shortTime(iso: string): string {
  return iso.replace("T", " ").replace(/\.\d+Z$/, "Z");
}

async function showEvent(api: ReceiverApi, id: string, args: ParsedArgs, terminal: Terminal): Promise<number> {
  const raw = booleanValue(args, "raw");
  const event = await getEvent(api, id, { raw });
  if (booleanValue(args, "json")) {
    terminal.print(JSON.stringify(event, null, 2));
    return exitCodes.ok;
  }
  if (raw) {
    const bytes = rawBodyBytes(event);
    if (bytes === undefined) throw new UsageError("The receiver sent no raw body.", "Is it a kyc-webhooks receiver of this version?");
    // The bytes exactly as received, so that `--raw > body.json` keeps them (and a Shufti signature over them).
    terminal.stdout.write(bytes);
    return exitCodes.ok;
  }
  for (const line of eventDetailLines(event, terminal.out)) terminal.print(line);
  return exitCodes.ok;
}

function eventDetailLines(event: EventDetail, style: Style): string[] {
  const rows: [string, string][] = [
    ["eventId", event.eventId],
    ["provider", event.provider],
    ["kind", event.kind ?? "(not told)"],
    ["received", `${shortTime(event.receivedAt)}${event.deliveries > 1 ? `, ${event.deliveries} deliveries, last ${shortTime(event.lastReceivedAt)}` : ""}`],
  ];
  if (event.quarantined) rows.push(["quarantined", style.red(`yes: ${event.issueCount} issue${event.issueCount === 1 ? "" : "s"}`)]);
  else rows.push(["status", `${event.status ?? ""} (${event.type ?? ""}${event.normalized ? `, ${event.normalized.finality === "final" ? "final" : "not final"}` : ""})`]);
  if (event.reference) rows.push(["reference", event.reference]);
  if (event.merchantReference) rows.push(["merchant ref", event.merchantReference]);
  if (event.occurredAt) rows.push(["occurred", shortTime(event.occurredAt)]);
  const normalized = event.normalized;
  if (normalized) {
    if (normalized.needsRefresh) rows.push(["needs refresh", "yes: fetch the result from the provider"]);
    if (normalized.reasons.length > 0) rows.push(["reasons", normalized.reasons.map((reason) => reason.category).join(", ")]);
    if (normalized.checks.length > 0) rows.push(["checks", normalized.checks.map((check) => `${check.name} ${check.result}`).join(", ")]);
  }
  rows.push(["body", `${event.contentType ?? "no content type"}, ${event.bodyBytes} bytes, sha256 ${event.bodySha256}`]);
  if (event.sourceIp) rows.push(["source", event.sourceIp]);
  const width = Math.max(...rows.map(([name]) => name.length));
  const lines = [style.bold(`Event ${event.id}`), ...rows.map(([name, value]) => `  ${style.dim(name.padEnd(width))}  ${value}`)];
  if (event.issues.length > 0) {
    lines.push("", style.bold("Issues"));
    for (const issue of event.issues) lines.push(`  ${style.yellow("→")} ${style.bold(formatPath(issue.path))}`, `    ${issue.message} ${style.dim(`[${issue.code}]`)}`);
  }
  if (event.deliveryLog.length > 0) {
    lines.push("", style.bold("Deliveries"));
    for (const delivery of event.deliveryLog) {
      const notes = [delivery.duplicate ? "redelivery" : "stored", delivery.sameBody ? undefined : "different bytes"].filter(Boolean).join(", ");
      lines.push(`  ${shortTime(delivery.receivedAt)}  ${delivery.sourceIp ?? "?"}  ${notes}  ${style.dim(delivery.requestId)}`);
    }
  }
  lines.push("", style.dim(`The full event: kyc-webhooks events show ${event.id} --json; the raw body: --raw`));
  return lines;
}

async function tailCommand(api: ReceiverApi, query: Record<string, string | undefined>, args: ParsedArgs, { terminal, signal }: Context): Promise<number> {
  const json = booleanValue(args, "json");
  const backlog = stringValue(args, "lines") === undefined ? 10 : Number(stringValue(args, "lines"));
  if (!Number.isInteger(backlog) || backlog < 0 || backlog > 500) throw new UsageError("--lines must be a whole number from 0 to 500.");
  const intervalMs = numberValue(args, "interval", "events", 2) * 1000;
  const countRaw = stringValue(args, "count");
  const count = countRaw === undefined ? undefined : Math.trunc(numberValue(args, "count", "events", 1));

  let printedHeader = false;
  const print = (events: readonly EventSummary[]) => {
    if (json) {
      for (const event of events) terminal.print(JSON.stringify(event));
      return;
    }
    if (events.length === 0) return;
    const lines = eventTable(events, terminal, !printedHeader);
    printedHeader = true;
    for (const line of lines) terminal.print(line);
  };

  const first = await listEvents(api, { ...query, limit: String(Math.max(backlog, 100)) });
  print(first.events.slice(0, backlog).reverse());
  if (!json) terminal.warn(terminal.err.dim(`Waiting for new events on ${api.baseUrl.origin} (Ctrl-C to stop)…`));

  await followEvents(
    api,
    {
      onNew: print,
      onRedelivery(event, before) {
        if (json) terminal.print(JSON.stringify({ ...event, redelivery: true, previousDeliveries: before }));
        else terminal.print(terminal.out.dim(`↻ ${event.id} redelivered at ${shortTime(event.lastReceivedAt)}: ${event.deliveries} deliveries (${event.provider} ${event.kind ?? ""})`.trimEnd()));
      },
      onConnection(reason) {
        terminal.warn(terminal.err.yellow(reason === undefined ? "Receiver back; following again." : `${reason} Retrying until it answers (Ctrl-C to stop)…`));
      },
    },
    { query, intervalMs, signal, afterId: first.events[0]?.id ?? "0", known: first.events, ...(count === undefined ? {} : { count }) },
  );
  return exitCodes.ok;
}
