import * as z from "zod";
import { jumioDateSchema } from "../fields.js";

/** One driver licence category (Jumio, “Callback” (newer edition), "Driver License Categories"). */
export const dlCategorySchema = z
  .looseObject({
    category: z.string().max(10).describe("String in Latin or Traditional Chinese characters."),
    issueDate: jumioDateSchema.optional().describe("Issue date in the format YYYY-MM-DD."),
    expiryDate: jumioDateSchema.optional().describe("Date of expiry in the format YYYY-MM-DD as available on the driver license."),
    // Documented value FALSE; inside JSON it may be the string or the boolean.
    isReadable: z.union([z.literal("FALSE"), z.literal(false)]).optional().describe("Possible value: FALSE."),
    availability: z.enum(["yes", "no", "not readable"]).optional().describe("Possible values: yes, no, not readable."),
  })
  .describe("A driver license category.");

/**
 * `dlCategories` (newer edition). Jumio, “Callback” (newer edition) says "JSON object" but its table describes one category
 * while a licence has several: a single object and an array of such objects are both accepted.
 */
export const dlCategoriesSchema = z
  .union([z.array(dlCategorySchema), dlCategorySchema])
  .describe("Driver license categories as JSON (activation required). Supported: AUT, BEL, BGR, FRA, DEU, GBR, ITA, LVA, LTU, NLD, ROU, ESP, TWN.");

export type DlCategory = z.infer<typeof dlCategorySchema>;
