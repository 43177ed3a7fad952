// What normalization needs of the ondato package (its `callbacks` entry: no webhooks, fixtures or API objects). Imported on
// its own (../load.ts) when Ondato bodies are met.
import { detect, kindOf } from "@kyc-webhooks/ondato/callbacks";
import type { ProviderEntry } from "../types.js";
import { normalizeOndato } from "./normalize.js";
import { safeParseOndato } from "./parse.js";

export const ondatoEntry: ProviderEntry = { detect, safeParseCallback: safeParseOndato, kindOf, normalize: normalizeOndato };
