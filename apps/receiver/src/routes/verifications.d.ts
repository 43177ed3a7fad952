import type { VerificationDetail, VerificationQuery, VerificationSummary } from "@kyc-webhooks/receiver-api";
import type { RouteHandler } from "../http/app.js";
import type { StoredVerification, StoredVerificationDetail, VerificationFilter } from "../storage/records.js";
import type { RouteDeps } from "./context.js";
export declare function verificationFilterOf(query: VerificationQuery): VerificationFilter;
export declare function toVerificationSummary({ state, eventRow }: StoredVerification): VerificationSummary;
export declare function toVerificationDetail(verification: StoredVerificationDetail): VerificationDetail;
export declare function verificationHandlers({ store }: RouteDeps): Record<string, RouteHandler>;
//# sourceMappingURL=verifications.d.ts.map