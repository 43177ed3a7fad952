import { describe, expect, it } from "vitest";
import { getFixture as jumioFixture } from "@kyc-webhooks/jumio/fixtures";
import { getFixture as netkiFixture } from "@kyc-webhooks/netki/fixtures";
import { getFixture as ondatoFixture } from "@kyc-webhooks/ondato/fixtures";
import { getFixture as shuftiFixture } from "@kyc-webhooks/shufti/fixtures";
import type { Fixture } from "@kyc-webhooks/core";
import {
  identifyDelivery,
  identityRuleOf,
  normalizeRaw,
  providerNames,
  reduceVerificationEvents,
  sortableInstant,
  statusMappings,
  verificationEventOf,
  verificationReferenceOf,
} from "../src/index.js";
import type { NormalizedEvent, ProviderName, StoredEventRef, VerificationEvent, VerificationState } from "../src/index.js";

const hour = 3_600_000;
const t0 = Date.parse("2026-06-01T12:00:00.000Z");

function normalized(provider: ProviderName, fixture: Fixture, body: string = fixture.text): NormalizedEvent {
  const result = normalizeRaw(body, { provider, contentType: fixture.contentType });
  if (!result.ok) throw new Error(`not normalized: ${JSON.stringify(result.issues)}`);
  return result.event;
}

function json<T>(fixture: Fixture, edit: (value: T) => void): string {
  const value = JSON.parse(fixture.text) as T;
  edit(value);
  return JSON.stringify(value);
}

function form(fixture: Fixture, fields: Record<string, string>): string {
  const params = new URLSearchParams(fixture.text);
  for (const [key, value] of Object.entries(fields)) params.set(key, value);
  return params.toString();
}

/**
 * A minimal in-memory store that applies the identity rules the way the receiver does: deliveries in
 * arrival order, each either a redelivery of a stored event or a new event reduced into its verification.
 */
class Ledger {
  readonly events: (StoredEventRef & { verification: string; deliveries: number; outcome: string })[] = [];
  readonly states = new Map<string, VerificationState>();

  deliver(event: NormalizedEvent, receivedAt: number): { redelivery: boolean; eventId: string } {
    const key = `${event.provider}\u0000${verificationReferenceOf(event) ?? ""}`;
    const verification = verificationEventOf(event, { receivedAt });
    const mine = this.events.filter((stored) => stored.verification === key);
    const identity = identifyDelivery({
      provider: event.provider,
      kind: event.providerKind,
      contentKey: event.eventId,
      hasVerification: verification !== undefined,
      receivedAt,
      latest: mine[mine.length - 1],
      sameKey: this.events.find((stored) => stored.eventId === event.eventId),
      sameKeyCount: this.events.filter((stored) => stored.contentKey === event.eventId).length,
    });
    if (identity.redelivery) {
      const stored = this.events.find((entry) => entry.eventId === identity.eventId);
      if (stored) stored.deliveries += 1;
      return identity;
    }
    let outcome = "none";
    if (verification) {
      const { state, outcomes } = reduceVerificationEvents([{ ...verification, eventId: identity.eventId }], this.states.get(key));
      if (state) this.states.set(key, state);
      outcome = outcomes[0] ?? "none";
    }
    this.events.push({ eventId: identity.eventId, contentKey: event.eventId, receivedAt, verification: key, deliveries: 1, outcome });
    return identity;
  }

  state(provider: ProviderName, reference: string): VerificationState | undefined {
    return this.states.get(`${provider}\u0000${reference}`);
  }
}

describe("event identity", () => {
  it("makes a Netki business that goes open → hold → open three events, ending open", () => {
    const ledger = new Ledger();
    const open = normalized("netki", netkiFixture("business.open"));
    const hold = normalized("netki", netkiFixture("business.hold"));
    ledger.deliver(open, t0);
    ledger.deliver(hold, t0 + 1_000);
    const third = ledger.deliver(open, t0 + 2_000);
    expect(third.redelivery).toBe(false);
    expect(ledger.events).toHaveLength(3);
    expect(ledger.state("netki", "Example Corp LLC")).toMatchObject({ providerStatus: "open", status: "pending", eventCount: 3 });
  });

  it("makes the same Netki transaction callback delivered three times, with growing delivery records, one event", () => {
    const fixture = netkiFixture("transaction.completed");
    const ledger = new Ledger();
    for (let attempt = 1; attempt <= 3; attempt++) {
      const body = json<{ identity: { transaction_callbacks: { callback_counter: number; status_code: number }[] } }>(fixture, (value) => {
        for (const record of value.identity.transaction_callbacks) Object.assign(record, { callback_counter: attempt, status_code: attempt < 3 ? 500 : 200 });
      });
      ledger.deliver(normalized("netki", fixture, body), t0 + (attempt - 1) * 30 * 60_000);
    }
    expect(ledger.events.map((event) => event.deliveries)).toEqual([3]);
  });

  it("makes two Shufti status changes an hour apart two events, both needing a refresh", () => {
    const ledger = new Ledger();
    const changed = normalized("shufti", shuftiFixture("verification.status.changed"));
    ledger.deliver(changed, t0);
    expect(ledger.state("shufti", "17374217")).toMatchObject({ needsRefresh: true, status: "unknown" });
    const second = ledger.deliver(changed, t0 + hour);
    expect(second.redelivery).toBe(false);
    expect(ledger.events).toHaveLength(2);
    expect(ledger.state("shufti", "17374217")).toMatchObject({ needsRefresh: true, status: "unknown", eventCount: 2 });
  });

  it("makes an HTTP retry of a Shufti status change within Shufti's retry span a redelivery", () => {
    const ledger = new Ledger();
    const changed = normalized("shufti", shuftiFixture("verification.status.changed"));
    ledger.deliver(changed, t0);
    expect(ledger.deliver(changed, t0 + 15_000).redelivery).toBe(true);
    expect(ledger.events.map((event) => event.deliveries)).toEqual([2]);
  });

  it("clears a Shufti refresh with the decision that follows the status change", () => {
    const ledger = new Ledger();
    ledger.deliver(normalized("shufti", shuftiFixture("verification.accepted")), t0);
    ledger.deliver(normalized("shufti", shuftiFixture("verification.status.changed")), t0 + hour);
    const declined = json<{ reference: string }>(shuftiFixture("verification.declined"), (value) => {
      value.reference = "17374217";
    });
    ledger.deliver(normalized("shufti", shuftiFixture("verification.declined"), declined), t0 + 2 * hour);
    expect(ledger.state("shufti", "17374217")).toMatchObject({ status: "declined", final: true, needsRefresh: false });
    expect(ledger.events.map((event) => event.outcome)).toEqual(["applied", "applied", "applied"]);
  });

  it("uses Ondato's envelope id however late and out of order a retry arrives", () => {
    const ledger = new Ledger();
    const approved = normalized("ondato", ondatoFixture("kyc-identification.approved"));
    ledger.deliver(approved, t0);
    ledger.deliver(normalized("ondato", ondatoFixture("kyc-identification.updated")), t0 + 1_000);
    expect(ledger.deliver(approved, t0 + 20 * hour).redelivery).toBe(true);
  });

  it("has a rule for every callback kind of every provider, each with a source", () => {
    for (const row of statusMappings) {
      const rule = identityRuleOf(row.provider, row.providerKind);
      expect(rule.provider).toBe(row.provider);
      expect(rule.sources.length, `${row.provider} ${row.providerKind}`).toBeGreaterThan(0);
    }
    expect(new Set(statusMappings.map((row) => row.provider))).toEqual(new Set(providerNames));
  });
});

function verificationEvents(...entries: [NormalizedEvent, number][]): VerificationEvent[] {
  return entries.map(([event, receivedAt], index) => {
    const verification = verificationEventOf(event, { eventId: `${event.eventId}@${index}`, receivedAt });
    if (!verification) throw new Error("no verification");
    return verification;
  });
}

describe("ordering", () => {
  it("keeps an Ondato verification approved when an older Rejected event arrives after the Approved one", () => {
    const approved = normalized("ondato", ondatoFixture("kyc-identification.approved"));
    const rejectedFixture = ondatoFixture("kyc-identification.rejected");
    const rejected = normalized(
      "ondato",
      rejectedFixture,
      json<{ id: string; createdUtc: string; payload: { identityVerificationId: string } }>(rejectedFixture, (value) => {
        value.id = "0e0b7c1a-0000-4000-8000-000000000001";
        value.createdUtc = "2022-09-29T14:36:52.4886645Z"; // 100 ns before the Approved event
        value.payload.identityVerificationId = approved.reference ?? "";
      }),
    );
    const { state, outcomes } = reduceVerificationEvents(verificationEvents([approved, t0], [rejected, t0 + hour]));
    expect(outcomes).toEqual(["applied", "ignored_older"]);
    expect(state).toMatchObject({ status: "approved", final: true, eventCount: 2, conflictCount: 0 });
  });

  it("keeps a Jumio verification approved when a callback with an earlier callbackDate arrives later", () => {
    const approved = normalized("jumio", jumioFixture("netverify-id.address-eu"), form(jumioFixture("netverify-id.address-eu"), { callbackDate: "2020-09-01T10:05:00.456Z" }));
    const denied = normalized(
      "jumio",
      jumioFixture("netverify-id.denied-fraud.photo-mismatch"),
      form(jumioFixture("netverify-id.denied-fraud.photo-mismatch"), { callbackDate: "2020-09-01T10:04:59Z" }),
    );
    const { state, outcomes } = reduceVerificationEvents(verificationEvents([approved, t0], [denied, t0 + 1_000]));
    expect(outcomes).toEqual(["applied", "ignored_older"]);
    expect(state).toMatchObject({ status: "approved", providerStatus: "APPROVED_VERIFIED" });
  });

  it("keeps a Netki transaction completed when an earlier hold state arrives later", () => {
    const completed = normalized("netki", netkiFixture("transaction.completed"));
    const holdFixture = netkiFixture("transaction.hold");
    const hold = normalized(
      "netki",
      holdFixture,
      json<{ identity: { id: string; updated: string } }>(holdFixture, (value) => {
        value.identity.id = completed.reference ?? "";
        value.identity.updated = "2026-07-01T09:01:00.000000Z";
      }),
    );
    const { state, outcomes } = reduceVerificationEvents(verificationEvents([completed, t0], [hold, t0 + 1_000]));
    expect(outcomes).toEqual(["applied", "ignored_older"]);
    expect(state).toMatchObject({ status: "approved", providerStatus: "completed" });
  });

  it("flags a replayed Shufti acceptance after a decline as a conflict and keeps the decline", () => {
    const declined = normalized("shufti", shuftiFixture("verification.declined"));
    const accepted = normalized(
      "shufti",
      shuftiFixture("verification.accepted"),
      json<{ reference: string }>(shuftiFixture("verification.accepted"), (value) => {
        value.reference = declined.reference ?? "";
      }),
    );
    const { state, outcomes } = reduceVerificationEvents(verificationEvents([declined, t0], [accepted, t0 + hour]));
    expect(outcomes).toEqual(["applied", "conflict"]);
    expect(state).toMatchObject({ status: "declined", final: true, conflictCount: 1 });
  });

  it("calls a later repeat of a final Shufti decision a duplicate", () => {
    const accepted = normalized("shufti", shuftiFixture("verification.accepted"));
    const { outcomes } = reduceVerificationEvents(verificationEvents([accepted, t0], [accepted, t0 + hour]));
    expect(outcomes).toEqual(["applied", "duplicate"]);
  });

  it("lets a Netki restart replace a completed transaction's decision", () => {
    const completed = normalized("netki", netkiFixture("transaction.completed"));
    const restartedFixture = netkiFixture("transaction.restarted");
    const restarted = normalized(
      "netki",
      restartedFixture,
      json<{ identity: { id: string; updated: string } }>(restartedFixture, (value) => {
        value.identity.id = completed.reference ?? "";
        value.identity.updated = "2026-07-02T09:00:00.000000Z";
      }),
    );
    const { state, outcomes } = reduceVerificationEvents(verificationEvents([completed, t0], [restarted, t0 + hour]));
    expect(outcomes).toEqual(["applied", "applied"]);
    expect(state).toMatchObject({ status: "resubmission_required", providerStatus: "restarted" });
  });

  it("flags a later Netki state other than restarted that contradicts a completed transaction", () => {
    const completed = normalized("netki", netkiFixture("transaction.completed"));
    const failedFixture = netkiFixture("transaction.failed");
    const failed = normalized(
      "netki",
      failedFixture,
      json<{ identity: { id: string; updated: string } }>(failedFixture, (value) => {
        value.identity.id = completed.reference ?? "";
        value.identity.updated = "2026-07-02T09:00:00.000000Z";
      }),
    );
    const { state, outcomes } = reduceVerificationEvents(verificationEvents([completed, t0], [failed, t0 + hour]));
    expect(outcomes).toEqual(["applied", "conflict"]);
    expect(state).toMatchObject({ status: "approved", conflictCount: 1 });
  });

  it("lets a later Ondato identification event change an approved identification", () => {
    const approved = normalized("ondato", ondatoFixture("kyc-identification.approved"));
    const rejectedFixture = ondatoFixture("kyc-identification.rejected");
    const rejected = normalized(
      "ondato",
      rejectedFixture,
      json<{ id: string; createdUtc: string; payload: { identityVerificationId: string } }>(rejectedFixture, (value) => {
        value.id = "0e0b7c1a-0000-4000-8000-000000000002";
        value.createdUtc = "2022-09-30T08:00:00.0000001Z";
        value.payload.identityVerificationId = approved.reference ?? "";
      }),
    );
    const { state, outcomes } = reduceVerificationEvents(verificationEvents([approved, t0], [rejected, t0 + hour]));
    expect(outcomes).toEqual(["applied", "applied"]);
    expect(state).toMatchObject({ status: "declined", final: true });
  });
});

describe("sortableInstant", () => {
  it("orders Ondato's seven fractional digits below the millisecond", () => {
    const earlier = sortableInstant("2023-01-16T23:40:52.4886645Z") ?? "";
    const later = sortableInstant("2023-01-16T23:40:52.4886646Z") ?? "";
    expect(earlier < later).toBe(true);
  });

  it("orders a time without fraction before the same second with one", () => {
    expect((sortableInstant("2020-09-01T10:04:59Z") ?? "") < (sortableInstant("2020-09-01T10:04:59.001Z") ?? "")).toBe(true);
  });

  it("reads offsets and zone-less times as UTC instants", () => {
    expect(sortableInstant("2020-09-01T12:00:00+02:00")).toBe(sortableInstant("2020-09-01T10:00:00Z"));
    expect(sortableInstant("2020-09-01T10:00:00")).toBe("2020-09-01T10:00:00.000000000Z");
  });

  it("gives nothing for a value that is no timestamp, so that arrival order applies", () => {
    expect(sortableInstant("yesterday")).toBeUndefined();
    expect(sortableInstant("2020-13-01T10:00:00Z")).toBeUndefined();
  });
});
