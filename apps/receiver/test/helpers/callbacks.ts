import type { Fixture } from "@kyc-webhooks/core";
import { getFixture as shuftiFixture } from "@kyc-webhooks/shufti/fixtures";

/*
 * Many distinct, valid callbacks for fan-out tests: Shufti Pro's documented verification.accepted sample
 * with its `reference` replaced, so that each is a new event with its own eventId (the rest of the body
 * is the document's sample data).
 */
export function shuftiCallback(reference: string, kind: "verification.accepted" | "verification.declined" = "verification.accepted"): Pick<Fixture, "provider" | "contentType" | "body" | "headers"> {
  const fixture = shuftiFixture(kind);
  const body = JSON.parse(Buffer.from(fixture.body).toString("utf8")) as Record<string, unknown>;
  body.reference = reference;
  return { provider: "shufti", contentType: fixture.contentType, body: Buffer.from(JSON.stringify(body)) };
}
