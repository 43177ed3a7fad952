import type { ProviderModule } from "@kyc-webhooks/core";
import { describeProviderConformance } from "../../core/test/support/conformance.js";
import { listFixtures } from "../src/fixtures.js";
import * as jumio from "../src/index.js";
import type { CallbackOfKind, JumioWebhooksOptions } from "../src/index.js";

// The package's exports satisfy the shared contract: a compile error here is a drift from the other three.
jumio satisfies ProviderModule<JumioWebhooksOptions, CallbackOfKind>;

describeProviderConformance({
  provider: jumio.provider,
  webhooks: jumio.createWebhooks({ username: "jumio-user", password: "jumio-password" }),
  tolerant: jumio.createWebhooks({ username: "jumio-user", password: "jumio-password", strictness: "tolerant" }),
  wrongCredentials: jumio.createWebhooks({ username: "someone", password: "else" }),
  fixtures: listFixtures(),
  fixturesFolder: new URL("../fixtures/", import.meta.url),
  signsBody: false,
  checksAddress: true,
  negativeStages: {
    "invalid/netverify-id.address.not-json": "decode",
    "invalid/netverify-id.unknown-status": "validate",
    "invalid/netverify-id.license-id-type": "validate",
    "invalid/netverify-id.missing-callback-type": "validate",
    "invalid/netverify-id.not-readable-with-success": "validate",
    "invalid/netverify-id.reject-code-family": "validate",
    "invalid/netverify-id.bad-timestamp": "validate",
    "invalid/authentication.unknown-result": "validate",
    "invalid/authentication.missing-reference": "validate",
    "invalid/document-verification.transaction.not-json": "decode",
    "invalid/document-verification.unknown-type": "validate",
    "invalid/workflow-execution.unknown-status": "validate",
    "invalid/workflow-execution.truncated": "decode",
  },
});
