import type { ProviderModule } from "@kyc-webhooks/core";
import { describeProviderConformance } from "../../core/test/support/conformance.js";
import { listFixtures } from "../src/fixtures.js";
import * as shufti from "../src/index.js";
import type { CallbackOfKind, ShuftiWebhooksOptions } from "../src/index.js";

// The package's exports satisfy the shared contract: a compile error here is a drift from the other three.
shufti satisfies ProviderModule<ShuftiWebhooksOptions, CallbackOfKind>;

describeProviderConformance({
  provider: shufti.provider,
  webhooks: shufti.createWebhooks({ secretKey: "conformance-secret-key" }),
  tolerant: shufti.createWebhooks({ secretKey: "conformance-secret-key", strictness: "tolerant" }),
  wrongCredentials: shufti.createWebhooks({ secretKey: "another-secret-key" }),
  fixtures: listFixtures(),
  fixturesFolder: new URL("../fixtures/", import.meta.url),
  signsBody: true,
  checksAddress: false,
  negativeStages: {
    "invalid/verification.accepted.as-printed.not-json": "decode",
    "invalid/verification.declined.missing-comma": "decode",
    "invalid/verification.accepted.unknown-result-value": "validate",
    "invalid/verification.accepted.bad-dob": "validate",
    "invalid/verification.declined.bad-declined-codes": "validate",
    "invalid/request.received.bad-country": "validate",
    "invalid/request.invalid.missing-error": "validate",
    "invalid/request.unauthorised.heading-spelling": "validate",
    "invalid/request.recieved.heading-spelling": "validate",
  },
});
