import { describeRecipes } from "../../core/test/support/recipes.js";
import { createWebhooks } from "../src/index.js";

describeRecipes({
  provider: "shufti",
  webhooks: createWebhooks({ secretKey: "recipe-secret-key" }),
  refusing: createWebhooks({ secretKey: "another-secret-key" }),
  fixture: { name: "verification.accepted", kind: "verification.accepted" },
});
