import * as z from "zod";

/**
 * Watchlist screening result in the callback. Not in the provider documents: Jumio's screening guide
 * (Jumio/implementation-guides `netverify/netverify-screening.md`, captured Jumio callbacks in integrators' public test suites). Note the key
 * spelling `watchListScreening` in the callback (the retrieval API spells it `watchlistScreening`).
 */
export const watchListScreeningSchema = z
  .looseObject({
    searchStatus: z.enum(["DONE", "NOT_DONE", "ERROR"]).optional().describe("DONE, NOT_DONE or ERROR."),
    searchDate: z.string().optional().describe("When the search was run."),
    searchId: z.string().optional().describe("The screening search id."),
    searchReference: z.string().optional().describe("The screening search reference."),
    searchResultUrl: z.string().optional().describe("URL of the search result."),
    searchResults: z.union([z.string(), z.number()]).optional().describe("Number of search results."),
  })
  .describe("Watchlist screening result.");

export const additionalChecksSchema = z
  .looseObject({ watchListScreening: watchListScreeningSchema.optional() })
  .describe("Additional checks as JSON object (watchlist screening, when enabled).");

export type AdditionalChecks = z.infer<typeof additionalChecksSchema>;
