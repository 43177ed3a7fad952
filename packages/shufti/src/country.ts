import * as z from "zod";

/** ISO 3166-1 alpha-2: the country codes Shufti Pro's API asks for ("must be a valid ISO 3166-1 alpha-2 country code"). */
export const iso3166Alpha2 = [
  "AD", "AE", "AF", "AG", "AI", "AL", "AM", "AO", "AQ", "AR", "AS", "AT", "AU", "AW", "AX", "AZ",
  "BA", "BB", "BD", "BE", "BF", "BG", "BH", "BI", "BJ", "BL", "BM", "BN", "BO", "BQ", "BR", "BS", "BT", "BV", "BW", "BY", "BZ",
  "CA", "CC", "CD", "CF", "CG", "CH", "CI", "CK", "CL", "CM", "CN", "CO", "CR", "CU", "CV", "CW", "CX", "CY", "CZ",
  "DE", "DJ", "DK", "DM", "DO", "DZ",
  "EC", "EE", "EG", "EH", "ER", "ES", "ET",
  "FI", "FJ", "FK", "FM", "FO", "FR",
  "GA", "GB", "GD", "GE", "GF", "GG", "GH", "GI", "GL", "GM", "GN", "GP", "GQ", "GR", "GS", "GT", "GU", "GW", "GY",
  "HK", "HM", "HN", "HR", "HT", "HU",
  "ID", "IE", "IL", "IM", "IN", "IO", "IQ", "IR", "IS", "IT",
  "JE", "JM", "JO", "JP",
  "KE", "KG", "KH", "KI", "KM", "KN", "KP", "KR", "KW", "KY", "KZ",
  "LA", "LB", "LC", "LI", "LK", "LR", "LS", "LT", "LU", "LV", "LY",
  "MA", "MC", "MD", "ME", "MF", "MG", "MH", "MK", "ML", "MM", "MN", "MO", "MP", "MQ", "MR", "MS", "MT", "MU", "MV", "MW", "MX", "MY", "MZ",
  "NA", "NC", "NE", "NF", "NG", "NI", "NL", "NO", "NP", "NR", "NU", "NZ",
  "OM",
  "PA", "PE", "PF", "PG", "PH", "PK", "PL", "PM", "PN", "PR", "PS", "PT", "PW", "PY",
  "QA",
  "RE", "RO", "RS", "RU", "RW",
  "SA", "SB", "SC", "SD", "SE", "SG", "SH", "SI", "SJ", "SK", "SL", "SM", "SN", "SO", "SR", "SS", "ST", "SV", "SX", "SY", "SZ",
  "TC", "TD", "TF", "TG", "TH", "TJ", "TK", "TL", "TM", "TN", "TO", "TR", "TT", "TV", "TW", "TZ",
  "UA", "UG", "UM", "US", "UY", "UZ",
  "VA", "VC", "VE", "VG", "VI", "VN", "VU",
  "WF", "WS",
  "YE", "YT",
  "ZA", "ZM", "ZW",
] as const;

/** A country code in a verification request: ISO 3166-1 alpha-2 only, as Shufti's API requires. */
export const requestCountrySchema = z
  .enum(iso3166Alpha2)
  .describe("ISO 3166-1 alpha-2 country code. The proofs (images/videos) for document or address verification must be from this country.");

/**
 * A country code in a callback. Shufti Pro, “Response Events”'s `request.received` sample sends `"country":"UK"`, which is not
 * ISO 3166-1 (the United Kingdom is `GB`). Shufti has sent it, so it is accepted here; `isoCountry()`
 * turns it into `GB`. Any other non-ISO value fails validation.
 */
export const callbackCountrySchema = z
  .enum([...iso3166Alpha2, "UK"])
  .describe("Country code as given in the verification request: ISO 3166-1 alpha-2, plus `UK` (non-ISO, sent in Shufti's request.received sample) for the United Kingdom.");

export type CallbackCountry = z.infer<typeof callbackCountrySchema>;

/** The ISO 3166-1 alpha-2 code of a callback's country (`UK` becomes `GB`). */
export function isoCountry(country: CallbackCountry): (typeof iso3166Alpha2)[number] {
  return country === "UK" ? "GB" : country;
}
