import * as z from "zod";
import { callbackRecordSchema } from "../callbacks/transaction.js";
import { messageResponseSchema } from "./common.js";

/** POST /api/transactions/{transaction_id}/make-callback/: schedules a callback, answers a message (Netki MyVerify, “Transaction Callbacks”). */
export const makeCallbackResponseSchema = messageResponseSchema(
  "The callback was scheduled on Netki's back-end processor; it is sent to your server within minutes.",
  "Callback scheduled.",
);

/**
 * GET /api/transactions/{transaction_id}/get-callbacks/: `{ count, callbacks }`, not the paginated
 * envelope (Netki MyVerify, “Transaction Callbacks”). Each record carries your endpoint's answer in `response_raw`.
 */
export const getCallbacksListSchema = z
  .looseObject({
    count: z.number().int().min(0).describe("Number of callbacks."),
    callbacks: z.array(callbackRecordSchema).describe("The callback deliveries for the transaction."),
  })
  .describe("The callbacks Netki made for a transaction, with your endpoint's responses.");

/**
 * A transaction with no callbacks yet: Netki answers a message instead of an empty list (netkidocs
 * api/callbacks2.md, get-callbacks), e.g. `{"message": "No callbacks found for this transaction."}`.
 */
export const getCallbacksEmptySchema = messageResponseSchema("No callback was made for the transaction yet.", "No callbacks found for this transaction.");

export const getCallbacksResponseSchema = z
  .union([getCallbacksListSchema, getCallbacksEmptySchema])
  .describe("The callbacks Netki made for a transaction (count and callbacks), or a message when there are none.");

/**
 * restart-callbacks: queues every paused callback again. Netki MyVerify, “Transaction Callbacks” shows POST; Netki's later
 * documentation shows PUT, answering 200 with a message even when nothing was restarted (Netki's callback documentation, https://github.com/netkicorp/netkidocs/blob/master/api/callbacks2.md).
 */
export const restartCallbacksResponseSchema = messageResponseSchema("The paused callbacks were queued to be sent again.", "Callbacks restarted.");

export type MakeCallbackResponse = z.infer<typeof makeCallbackResponseSchema>;
export type GetCallbacksResponse = z.infer<typeof getCallbacksResponseSchema>;
export type RestartCallbacksResponse = z.infer<typeof restartCallbacksResponseSchema>;
