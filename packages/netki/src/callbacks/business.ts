import * as z from "zod";
import { businessStatuses, codesOf } from "../code-tables.js";
import { netkiUuidSchema } from "../formats.js";

/*
 * The KYB (business) callback: `{ "business": { parent_business, status, name } }`. Not in Netki MyVerify, “Transaction Callbacks”;
 * known from PolymeshAssociation/cdd-onboarding (`apps/cdd-backend/src/netki/types.ts`,
 * `cdd-worker/cdd.processor.ts`), Netki's later documentation, https://github.com/netkicorp/netkidocs. `parent_business` is the parent business id or null,
 * as in Netki's businesses API (netkidocs`api/authentication.md`).
 */
export const businessSchema = z
  .looseObject({
    parent_business: netkiUuidSchema.nullable().describe("Identifier of the parent business (your business, for a corporate investor onboarded under it), or null."),
    status: z.enum(codesOf(businessStatuses)).describe("The business's KYB status."),
    name: z.string().describe("Business name."),
  })
  .describe("The business whose KYB status the callback reports.");

export const businessCallbackSchema = z
  .looseObject({ business: businessSchema })
  .describe("Business (KYB) callback: a business's onboarding status changed.");

export type Business = z.infer<typeof businessSchema>;
export type BusinessCallback = z.infer<typeof businessCallbackSchema>;
export type BusinessStatus = Business["status"];
