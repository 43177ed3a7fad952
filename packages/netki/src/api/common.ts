import * as z from "zod";

/** Netki's standard list envelope (Django REST Framework pagination; Netki MyVerify, “Transaction Callbacks”'s config GET). */
export function paginatedSchema<T extends z.ZodType>(item: T, description: string) {
  return z
    .looseObject({
      count: z.number().int().min(0).describe("Total number of results."),
      next: z.string().nullable().describe("URL of the next page, or null."),
      previous: z.string().nullable().describe("URL of the previous page, or null."),
      results: z.array(item).describe("The results on this page."),
    })
    .describe(description);
}

/** `{ "message": "..." }`: what make-callback and restart-callbacks answer. */
export function messageResponseSchema(description: string, example: string) {
  return z
    .looseObject({ message: z.string().describe(`Confirmation message, e.g. "${example}"`) })
    .describe(description);
}

/**
 * An error answer of the API (Django REST Framework): `detail`, and in the later documentation a `code`
 * such as `not_authenticated`, `token_not_valid`, `no_active_account`, `not_found`.
 */
export const apiErrorSchema = z
  .looseObject({
    detail: z.string().describe("What went wrong."),
    code: z.string().optional().describe("Machine-readable error code, e.g. token_not_valid."),
  })
  .describe("An error answer of the Netki API.");
export type ApiError = z.infer<typeof apiErrorSchema>;
