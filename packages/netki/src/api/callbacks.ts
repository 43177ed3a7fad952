import { z } from "zod";
import { callbackRecordSchema } from "../callbacks/transaction.js";
import { messageResponseSchema } from "./common.js";

/** POST /api/transactions/{transaction_id}/make-callback/: schedules a callback, answers a message (seed 000). */
export const makeCallbackResponseSchema = messageResponseSchema(
  "The callback was scheduled on Netki's back-end processor; it is sent to your server within minutes.",
  "Callback scheduled.",
);

/**
 * GET /api/transactions/{transaction_id}/get-callbacks/: `{ count, callbacks }`, not the paginated
 * envelope (seed 000). Each record carries your endpoint's answer in `response_raw`.
 */
export const getCallbacksResponseSchema = z
  .looseObject({
    count: z.number().int().min(0).describe("Number of callbacks."),
    callbacks: z.array(callbackRecordSchema).describe("The callback deliveries for the transaction."),
  })
  .describe("The callbacks Netki made for a transaction, with your endpoint's responses.");

/**
 * restart-callbacks: queues every paused callback again. Seed 000 shows POST; Netki's later
 * documentation shows PUT, answering 200 with a message even when nothing was restarted (PROVIDER-FACTS 2.4).
 */
export const restartCallbacksResponseSchema = messageResponseSchema("The paused callbacks were queued to be sent again.", "Callbacks restarted.");

export type MakeCallbackResponse = z.infer<typeof makeCallbackResponseSchema>;
export type GetCallbacksResponse = z.infer<typeof getCallbacksResponseSchema>;
export type RestartCallbacksResponse = z.infer<typeof restartCallbacksResponseSchema>;
