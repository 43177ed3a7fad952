import { describeRecipes } from "../../core/test/support/recipes.js";
import { createWebhooks } from "../src/index.js";

describeRecipes({
  provider: "ondato",
  webhooks: createWebhooks({ username: "ondato-user", password: "ondato-password" }),
  refusing: createWebhooks({ username: "ondato-user", password: "wrong-password" }),
  fixture: { name: "kyc-identification.approved", kind: "KycIdentification.Approved" },
});
