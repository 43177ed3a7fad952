import * as z from "zod";
import { phpObject } from "./php-object.js";

/** The end-user's browser and device (Shufti Pro, “Response Events”). */
export const agentSchema = z
  .looseObject({
    is_desktop: z.boolean().optional().describe("Whether the end-user used a desktop computer."),
    is_phone: z.boolean().optional().describe("Whether the end-user used a phone."),
    useragent: z.string().optional().describe("The browser's User-Agent."),
    device_name: z.string().optional().describe("Device name (e.g. `Macintosh`)."),
    browser_name: z.string().optional().describe("Browser name."),
    platform_name: z.string().optional().describe("Operating system and version (e.g. `OS X - 10_14_0`)."),
  })
  .describe("The end-user's device and browser.");
export type Agent = z.infer<typeof agentSchema>;

const text = (description: string) => z.string().optional().describe(description);

/**
 * Where the end-user's IP address is, as Shufti looked it up. Every value is a string, numbers included
 * (`"asn":"9009"`, `"latitude":"50.1049"`), and unknown parts are `""` (Shufti Pro, “Response Events”; trakx/ShuftiPro.Net
 * `status_empty.json`).
 */
export const geolocationSchema = z
  .looseObject({
    host: text("Host name or address of the end-user."),
    ip: text("IP address of the end-user."),
    rdns: text("Reverse DNS of the IP address."),
    asn: text("Autonomous system number of the IP address."),
    isp: text("Internet service provider."),
    country_name: text("Country name."),
    country_code: text("Country code (ISO 3166-1 alpha-2)."),
    region_name: text("Region name."),
    region_code: text("Region code."),
    city: text("City."),
    postal_code: text("Postal code."),
    continent_name: text("Continent name."),
    continent_code: text("Continent code."),
    latitude: text("Latitude, as a decimal string."),
    longitude: text("Longitude, as a decimal string."),
    metro_code: text("Metro code."),
    timezone: text("Time zone (e.g. `Europe/Berlin`)."),
    // Sent by Shufti's current API next to the provider document's parts (captured responses; `""` when unknown).
    ip_type: text("Kind of IP address (e.g. `ipv4`); may be empty."),
    capital: text("Capital of the IP address's country; may be empty."),
    currency: text("Currency of the IP address's country; may be empty."),
  })
  .describe("Geolocation of the end-user's IP address.");
export type Geolocation = z.infer<typeof geolocationSchema>;

export const infoSchema = z
  .looseObject({
    agent: phpObject(agentSchema).optional(),
    geolocation: phpObject(geolocationSchema).optional(),
  })
  .describe("Information about the end-user's device and location during the verification.");
export type Info = z.infer<typeof infoSchema>;
