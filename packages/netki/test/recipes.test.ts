import { describeRecipes } from "../../core/test/support/recipes.js";
import { createWebhooks } from "../src/index.js";

describeRecipes({
  provider: "netki",
  webhooks: createWebhooks({ username: "netki-user", password: "netki-password" }),
  refusing: createWebhooks({ username: "netki-user", password: "wrong-password" }),
  fixture: { name: "transaction.completed", kind: "transaction" },
});
