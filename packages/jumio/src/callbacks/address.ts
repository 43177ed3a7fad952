import * as z from "zod";
import { jumioCountrySchema } from "../fields.js";

const country = jumioCountrySchema.describe("Country: ISO 3166-1 alpha-3 code, or XKX (Kosovo).");
const city = z.string().max(64).describe("City");
const postalCode = z.string().max(15).describe("Postal code");

/** US address format of `idAddress` (both editions; replaced by the Raw format from August 17, 2020 per Jumio, “Callback” (newer edition)). */
export const usAddressSchema = z
  .looseObject({
    city: city.optional(),
    stateCode: z.string().max(6).optional().describe("ISO 3166-2 state code"),
    streetName: z.string().max(64).optional().describe("Street name"),
    streetSuffix: z.string().max(14).optional().describe("Street suffix abbreviation"),
    // Max. length 255 in Jumio, “Callback” (newer edition), 4 in Jumio, “Callback” (older edition): the newer, wider limit is kept so both editions pass.
    streetDirection: z.string().max(255).optional().describe("Street direction abbreviation, e.g. E, W, N, S"),
    streetNumber: z.string().max(14).optional().describe("Street number"),
    unitDesignator: z.string().max(14).optional().describe("Unit designator abbreviation"),
    unitNumber: z.string().max(14).optional().describe("Unit number"),
    zip: z.string().max(14).optional().describe("Zip code"),
    zipExtension: z.string().max(20).optional().describe("Zip extension"),
    country: country.optional(),
  })
  .describe("Address in US format (the parameters available on the ID).");

/** EU address format of `idAddress` (both editions; replaced by the Raw format from August 17, 2020 per Jumio, “Callback” (newer edition)). */
export const euAddressSchema = z
  .looseObject({
    city: city.optional(),
    province: z.string().max(64).optional().describe("Province"),
    streetName: z.string().max(64).optional().describe("Street name"),
    streetNumber: z.string().max(15).optional().describe("Street number"),
    unitDetails: z.string().max(64).optional().describe("Unit details"),
    postalCode: postalCode.optional(),
    country: country.optional(),
  })
  .describe("Address in EU format (the parameters available on the ID).");

const line = (n: number) => z.string().max(100).optional().describe(`Line item ${String(n)}`);

/** Raw address format of `idAddress`; `subdivision` and `formattedAddress` are newer-edition only (Jumio, “Callback” (newer edition)). */
export const rawAddressSchema = z
  .looseObject({
    line1: line(1),
    line2: line(2),
    line3: line(3),
    line4: line(4),
    line5: line(5),
    country: country.optional(),
    postalCode: postalCode.optional(),
    city: city.optional(),
    subdivision: z.string().max(100).optional().describe("Subdivision (Region, State, Province, Emirate, Department, ...). Newer edition only."),
    formattedAddress: z.string().optional().describe("The entire address, comma separated (from August 17, 2020). Newer edition only."),
  })
  .describe("Address in Raw format (the parameters available on the ID).");

/**
 * `idAddress`: one object holding the fields of all three formats. A union of the three would not work:
 * every field is optional and unknown fields are kept, so any address matches the first format and the
 * limits of the others would never be checked. {@link addressFormat} tells the format of a parsed value.
 * An old shape `{"country":"USA","state":"OH"}` is seen in an integrator's tests (captured Jumio callbacks in integrators' public test suites):
 * it passes, `state` is kept as an unknown field.
 */
export const idAddressSchema = z
  .looseObject({
    ...usAddressSchema.shape,
    ...euAddressSchema.shape,
    ...rawAddressSchema.shape,
    // The same name with different limits in US (14) and EU (15): the wider one.
    streetNumber: z.string().max(15).optional().describe("Street number (US and EU formats)"),
  })
  .describe("Address as JSON object in US, EU or Raw format, as available on the ID (activation required).");

export type UsAddress = z.infer<typeof usAddressSchema>;
export type EuAddress = z.infer<typeof euAddressSchema>;
export type RawAddress = z.infer<typeof rawAddressSchema>;
export type IdAddress = z.infer<typeof idAddressSchema>;

const usOnly = ["stateCode", "streetSuffix", "streetDirection", "unitDesignator", "unitNumber", "zip", "zipExtension"] as const;
const euOnly = ["province", "unitDetails"] as const;
const rawOnly = ["line1", "line2", "line3", "line4", "line5", "subdivision", "formattedAddress"] as const;

/**
 * Which of the documented formats an address is in, told by the fields only that format has:
 * `RAW` (line1…line5, subdivision, formattedAddress), `US` (stateCode, zip, …), `EU` (province,
 * unitDetails). Undefined when only shared fields (city, country, postalCode, street…) are present.
 */
export function addressFormat(address: Readonly<Record<string, unknown>>): "US" | "EU" | "RAW" | undefined {
  const has = (keys: readonly string[]) => keys.some((key) => address[key] !== undefined);
  if (has(rawOnly)) return "RAW";
  if (has(usOnly)) return "US";
  if (has(euOnly)) return "EU";
  if (address.postalCode !== undefined && address.streetName !== undefined) return "EU";
  return undefined;
}
