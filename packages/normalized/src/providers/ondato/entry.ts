// What normalization needs of the ondato package. Imported on its own (../load.ts) when only Ondato bodies are met.
import { detect, kindOf } from "@kyc-webhooks/ondato";
import type { ProviderEntry } from "../types.js";
import { normalizeOndato } from "./normalize.js";
import { safeParseOndato } from "./parse.js";

export const ondatoEntry: ProviderEntry = { detect, safeParseCallback: safeParseOndato, kindOf, normalize: normalizeOndato };
