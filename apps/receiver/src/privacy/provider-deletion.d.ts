import type { NormalizedEvent, ProviderName } from "@kyc-webhooks/normalized";
import type { DeliveryOutcome, PurgeRequest } from "../storage/types.js";
export declare function providerDeletion(provider: ProviderName, event: NormalizedEvent | undefined, outcome: DeliveryOutcome, at: number): PurgeRequest | undefined;
//# sourceMappingURL=provider-deletion.d.ts.map