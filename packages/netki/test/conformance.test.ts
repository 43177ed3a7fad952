import type { ProviderModule } from "@kyc-webhooks/core";
import { describeProviderConformance } from "../../core/test/support/conformance.js";
import { listFixtures } from "../src/fixtures.js";
import * as netki from "../src/index.js";
import type { CallbackOfKind, NetkiWebhooksOptions } from "../src/index.js";

// The package's exports satisfy the shared contract: a compile error here is a drift from the other three.
netki satisfies ProviderModule<NetkiWebhooksOptions, CallbackOfKind>;

describeProviderConformance({
  provider: netki.provider,
  webhooks: netki.createWebhooks({ username: "netki-user", password: "netki-password" }),
  tolerant: netki.createWebhooks({ username: "netki-user", password: "netki-password", strictness: "tolerant" }),
  wrongCredentials: netki.createWebhooks({ username: "netki-user", password: "wrong-password" }),
  fixtures: listFixtures(),
  fixturesFolder: new URL("../fixtures/", import.meta.url),
  signsBody: false,
  checksAddress: false,
  negativeStages: {
    "invalid/transaction.approved-state": "validate",
    "invalid/transaction.declined-state": "validate",
    "invalid/transaction.bad-timestamp": "validate",
    "invalid/transaction.missing-birth-date": "validate",
    "invalid/transaction.truncated.not-json": "decode",
    "invalid/business.approved-status": "validate",
  },
});
