import { describeRecipes } from "../../core/test/support/recipes.js";
import { createWebhooks } from "../src/index.js";

// The test client comes from 127.0.0.1, so the allowlist is the loopback here; the callback URL's basic auth
// (https://user:password@host/...) is what the refused delivery gets wrong.
describeRecipes({
  provider: "jumio",
  webhooks: createWebhooks({ ipAllowlist: ["127.0.0.1"], username: "jumio-user", password: "jumio-password" }),
  refusing: createWebhooks({ ipAllowlist: ["127.0.0.1"], username: "jumio-user", password: "wrong-password" }),
  fixture: { name: "netverify-id.approved-verified.seed-003", kind: "NETVERIFYID" },
});
