import type { ProviderModule } from "@kyc-webhooks/core";
import { describeProviderConformance } from "../../core/test/support/conformance.js";
import { listFixtures } from "../src/fixtures.js";
import * as ondato from "../src/index.js";
import type { CallbackOfKind, OndatoWebhooksOptions } from "../src/index.js";

// The package's exports satisfy the shared contract: a compile error here is a drift from the other three.
ondato satisfies ProviderModule<OndatoWebhooksOptions, CallbackOfKind>;

describeProviderConformance({
  provider: ondato.provider,
  webhooks: ondato.createWebhooks({ username: "ondato-user", password: "ondato-password" }),
  tolerant: ondato.createWebhooks({ username: "ondato-user", password: "ondato-password", strictness: "tolerant" }),
  wrongCredentials: ondato.createWebhooks({ username: "ondato-user", password: "wrong-password" }),
  fixtures: listFixtures(),
  fixturesFolder: new URL("../fixtures/", import.meta.url),
  signsBody: false,
  checksAddress: false,
  negativeStages: {
    "invalid/form.created.cut.not-json": "decode",
    "invalid/kyc-identification.approved.eight-fraction-digits": "validate",
    "invalid/kyc-identification.approved.bad-birth-date": "validate",
    "invalid/kyc-identification.rejected.unknown-status": "validate",
    "invalid/kyc-identification.processed.document-type": "validate",
    "invalid/identity-verification.status-changed.missing-application-id": "validate",
    "invalid/kyc-identification.approved.guessed-shape": "validate",
  },
});
