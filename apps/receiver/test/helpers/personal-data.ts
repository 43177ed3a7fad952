import type { Fixture } from "@kyc-webhooks/core";
import { listFixtures as jumioFixtures } from "@kyc-webhooks/jumio/fixtures";
import { listFixtures as netkiFixtures } from "@kyc-webhooks/netki/fixtures";
import { listFixtures as ondatoFixtures } from "@kyc-webhooks/ondato/fixtures";
import { listFixtures as shuftiFixtures } from "@kyc-webhooks/shufti/fixtures";

/** Every callback fixture of the four provider packages. */
export function allFixtures(): Fixture[] {
  return [...jumioFixtures(), ...shuftiFixtures(), ...ondatoFixtures(), ...netkiFixtures()];
}

/*
 * The personal values in the fixtures: names, dates of birth, document numbers, addresses, image and
 * document URLs, emails, phone numbers, client IPs and geolocation. Collected by field name from the
 * decoded bodies (JSON, form fields, JSON inside form fields) and, for bodies that do not decode, from
 * `"key": "value"` pairs in the text.
 */
const personalKey =
  /(first_?name|last_?name|middle_?name|full_?name|given_?name|sur_?name|family_?name|maiden|^name$|^names?$|dob|birth|document_?number|id_?number|idNumber|personal_?number|personalNumber|^number$|passport|license_?number|address|street|city|zip|postal|post_?code|province|email|phone|mobile|^ip$|clientIp|ip_?address|geolocation|latitude|longitude|nationality|tax_?id|ssn)/i;

function isPersonalValue(value: string): boolean {
  const trimmed = value.trim();
  if (trimmed.length < 4) return false;
  // Booleans, nulls, enum-like constants (FULL_ADDRESS, id_card, completed, DocumentHasBothSides),
  // timestamps and ids are not personal values.
  if (/^(true|false|null|none|n\/a|yes|no)$/i.test(trimmed)) return false;
  if (/^[A-Z_]+$/.test(trimmed) && trimmed.includes("_")) return false;
  if (/^[a-z][a-z_-]*$/.test(trimmed)) return false;
  if (/^[A-Z][a-z]+[A-Z][A-Za-z0-9]*$/.test(trimmed)) return false;
  if (/^\d{4}-\d{2}-\d{2}T/.test(trimmed)) return false;
  if (/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(trimmed)) return false;
  return true;
}

/** Image, document and retrieval URLs are personal wherever they are. */
function isUrl(value: string): boolean {
  return /^https?:\/\/\S+$/.test(value.trim());
}

function walk(value: unknown, key: string, out: Set<string>, personal: boolean): void {
  if (typeof value === "string") {
    if (((personal || personalKey.test(key)) && isPersonalValue(value)) || isUrl(value)) out.add(value.trim());
    // JSON inside a field (Jumio forms, Netki's raw_data strings).
    if (/^\s*[[{]/.test(value)) {
      try {
        walk(JSON.parse(value), key, out, personal || personalKey.test(key));
      } catch {
        // not JSON
      }
    }
    return;
  }
  if (typeof value === "number" && (personal || personalKey.test(key)) && String(value).length >= 6) out.add(String(value));
  if (Array.isArray(value)) {
    for (const item of value) walk(item, key, out, personal || personalKey.test(key));
    return;
  }
  if (value !== null && typeof value === "object") {
    for (const [inner, item] of Object.entries(value)) walk(item, inner, out, personal || personalKey.test(key));
  }
}

export function personalValues(fixtures: readonly Fixture[] = allFixtures()): string[] {
  const out = new Set<string>();
  for (const fixture of fixtures) {
    const text = fixture.text;
    try {
      walk(JSON.parse(text), "", out, false);
    } catch {
      // not JSON: a form, or a broken body
    }
    if (fixture.contentType.includes("x-www-form-urlencoded")) {
      for (const [key, value] of new URLSearchParams(text)) walk(value, key, out, false);
    }
    for (const match of text.matchAll(/"([A-Za-z_]+)"\s*:\s*"((?:[^"\\]|\\.){4,})"/g)) {
      const [, key = "", value = ""] = match;
      if (personalKey.test(key)) {
        let decoded = value;
        try {
          decoded = JSON.parse(`"${value}"`) as string;
        } catch {
          // keep as is
        }
        if (isPersonalValue(decoded)) out.add(decoded.trim());
      }
    }
  }
  return [...out];
}

/**
 * The personal values that occur in the text (case-sensitive, as written). Short numeric values (zip
 * codes, coordinates) count only as a whole JSON string, so that a port or a byte count that happens to
 * have the same digits is not a false alarm.
 */
export function leakedValues(text: string, values: readonly string[]): string[] {
  return values.filter((value) => {
    if (/^[\d\s.+-]+$/.test(value) && value.replace(/\D/g, "").length < 8) return text.includes(JSON.stringify(value));
    return text.includes(value) || text.includes(JSON.stringify(value).slice(1, -1));
  });
}
