import * as z from "zod";
import { referenceSchema } from "../fields.js";
import { eventLiteral } from "./shared.js";

export const requestDeletedSchema = z
  .looseObject({
    reference: referenceSchema,
    event: eventLiteral("request.deleted", "request.deleted"),
  })
  .describe("request.deleted: the verification data has been deleted from the back office.");
export type RequestDeleted = z.infer<typeof requestDeletedSchema>;
