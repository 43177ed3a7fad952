import type { IncomingMessage } from "node:http";
import type { BodyLease, BudgetRefusal } from "./client-limits.js";
export type BodyResult = {
    readonly ok: true;
    readonly body: Uint8Array;
} | {
    readonly ok: false;
    readonly reason: "too_large" | "aborted" | BudgetRefusal;
};
export declare function readBody(request: Request, max: number, lease?: BodyLease, incoming?: IncomingMessage): Promise<BodyResult>;
//# sourceMappingURL=body.d.ts.map