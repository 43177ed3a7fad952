import { UNKNOWN_ENUM_VALUE } from "@kyc-webhooks/core";
import { describe, expect, it } from "vitest";
import { getFixture, listFixtures } from "../src/fixtures.js";
import { callbackRules, isRealCalendarValue, safeParseCallback } from "../src/index.js";

/** For each documented rule, a fixture that keeps it (the documents' own samples where they show the case). */
const conforming: Record<string, string> = {
  "jumio.id-scan-status-follows-verification-status": "netverify-id.approved-verified.seed-003",
  "jumio.id-checks-follow-verification-status": "netverify-id.denied-fraud.seed-003",
  "jumio.id-subtype-of-id-type": "netverify-id.address-eu",
  "jumio.reject-reason-only-for-fraud-or-not-readable": "netverify-id.denied-fraud.seed-003",
  "jumio.reject-reason-code-of-status": "netverify-id.error-not-readable",
  "jumio.reject-reason-details-of-code": "netverify-id.denied-fraud.seed-003",
  "jumio.identity-verification-only-if-approved": "netverify-id.approved-verified.seed-003",
  "jumio.face-match-only-if-approved": "netverify-id.older-edition-face-match",
  "jumio.address-in-one-format": "netverify-id.address-us",
  "jumio.real-calendar-values": "netverify-id.incomplete-dob",
  "jumio.document-follows-status": "document-verification.custom",
};

const fixtures = listFixtures();
const ruleIds = [...new Set(Object.values(callbackRules).flatMap((rules) => rules.map((rule) => rule.id)))];

describe("the documents' cross-field rules", () => {
  it("each have a fixture that breaks them and one that keeps them", () => {
    const broken = new Set(fixtures.map((fixture) => fixture.breaks));
    expect(ruleIds.filter((id) => !broken.has(id))).toEqual([]);
    expect(ruleIds.filter((id) => conforming[id] === undefined)).toEqual([]);
  });

  for (const [rule, name] of Object.entries(conforming)) {
    it(`${name} keeps ${rule}: it parses strictly, and tolerantly without warnings`, () => {
      const fixture = getFixture(name);
      expect(safeParseCallback(fixture.body, { contentType: fixture.contentType }).ok).toBe(true);
      const tolerant = safeParseCallback(fixture.body, { contentType: fixture.contentType, strictness: "tolerant" });
      expect(tolerant.ok && (tolerant.warnings ?? [])).toEqual([]);
    });
  }

  for (const fixture of fixtures.filter((entry) => entry.breaks !== undefined)) {
    const rule = fixture.breaks ?? "";
    it(`${fixture.name} is refused when strict, naming ${rule} and its document, and accepted with that warning when tolerant`, () => {
      const strict = safeParseCallback(fixture.body, { contentType: fixture.contentType });
      expect(strict.ok).toBe(false);
      if (strict.ok) return;
      const issue = strict.issues.find((entry) => entry.message.includes(rule));
      if (rule === UNKNOWN_ENUM_VALUE) expect(strict.issues.some((entry) => entry.code === "invalid_value")).toBe(true);
      else {
        expect(issue?.code).toBe("rule_broken");
        expect(issue?.message).toMatch(/Jumio (implementation guides|Mobile SDK for Android), “Callback” \(https:\/\/github\.com\/Jumio\//);
      }
      const tolerant = safeParseCallback(fixture.body, { contentType: fixture.contentType, strictness: "tolerant" });
      expect(tolerant.ok).toBe(true);
      expect(tolerant.ok && tolerant.warnings?.map((warning) => warning.rule)).toContain(rule);
    });
  }

  it("names no file of this project in a rule's source, only the provider's document", () => {
    for (const rules of Object.values(callbackRules)) {
      for (const { source } of rules) {
        expect(source.url).toMatch(/^https:\/\//);
        expect(`${source.title} ${source.where}`).not.toMatch(/seed|PROVIDER-FACTS|\.txt/i);
      }
    }
  });
});

describe("isRealCalendarValue", () => {
  it("accepts real dates and timestamps and refuses ones the calendar does not have", () => {
    expect(["2020-02-29", "1990-12-31", "2017-06-06T12:06:49.016Z", "2017-06-06T23:59:59Z"].map(isRealCalendarValue)).toEqual([true, true, true, true]);
    expect(["2021-02-29", "1990-13-01", "1990-04-31", "2017-06-06T24:00:00Z", "2017-06-06T12:60:00.1Z"].map(isRealCalendarValue)).toEqual([false, false, false, false, false]);
    expect(isRealCalendarValue("FIRSTNAME")).toBeUndefined();
  });

  it("agrees with the Gregorian calendar on every day of four centuries, the century leap years included", () => {
    const pad = (value: number, width: number) => String(value).padStart(width, "0");
    const disagreements: string[] = [];
    for (let year = 1800; year < 2200; year += 1) {
      for (let month = 1; month <= 12; month += 1) {
        for (let day = 28; day <= 32; day += 1) {
          const text = `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
          const date = new Date(Date.UTC(year, month - 1, day));
          const real = date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
          if (isRealCalendarValue(text) !== real) disagreements.push(text);
        }
      }
    }
    expect(disagreements).toEqual([]);
    expect(["1900-02-29", "2000-02-29", "2100-02-29"].map(isRealCalendarValue)).toEqual([false, true, false]);
  });
});
