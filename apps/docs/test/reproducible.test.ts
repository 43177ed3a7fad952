// The generator is deterministic: two renders of the same packages give the same files, so a rebuild
// changes nothing unless the packages changed, and every page it lists is a file it writes.
import { describe, expect, it } from "vitest";
import { loadModel } from "../src/model.js";
import { renderSite } from "../src/site.js";

describe("the generated site", () => {
  it("is the same on every render", () => {
    const first = renderSite(loadModel());
    const second = renderSite(loadModel());
    expect([...second.keys()]).toEqual([...first.keys()]);
    for (const [path, contents] of first) expect(second.get(path), path).toBe(contents);
  });

  it("holds a page for every callback kind of every provider, and its JSON Schema", () => {
    const model = loadModel();
    const files = renderSite(model);
    for (const provider of model.providers) {
      for (const webhook of provider.descriptor.webhooks) {
        const slug = webhook.kind.replace(/[^A-Za-z0-9._-]+/g, "-");
        expect(files.has(`providers/${provider.name}/webhooks/${slug}.html`), webhook.kind).toBe(true);
        expect(JSON.parse(files.get(`providers/${provider.name}/webhooks/${slug}.schema.json`) ?? "null")).toHaveProperty("$schema");
      }
    }
  });
});
