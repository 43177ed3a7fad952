import { describe, expect, it } from "vitest";
import { idvUrl, safeIdvUrl } from "../src/index.js";

const id = "02c99769-51a5-4174-aa5b-3fa0c2e6bfef";

describe("idvUrl", () => {
  it("builds https://idv.ondato.com/?id={id} as seed 002 shows", () => {
    expect(idvUrl(id)).toBe(`https://idv.ondato.com/?id=${id}`);
  });

  it("builds the sandbox and white-labelled URLs", () => {
    expect(idvUrl(id, { environment: "sandbox" })).toBe(`https://sandbox-idv.ondato.com/?id=${id}`);
    expect(idvUrl(id, { origin: "https://verify.example.com" })).toBe(`https://verify.example.com/?id=${id}`);
  });

  it("throws a TypeError for ids that are not GUIDs", () => {
    for (const bad of ["", "123", `${id}&lang=en`, `../${id}`, `${id}x`, "<script>", " 02c99769-51a5-4174-aa5b-3fa0c2e6bfef"]) {
      expect(() => idvUrl(bad), bad).toThrow(TypeError);
    }
  });

  it("refuses an origin that is not a bare https origin", () => {
    for (const origin of ["http://verify.example.com", "https://verify.example.com/path", "verify.example.com", "https://verify.example.com/?x=1"]) {
      expect(safeIdvUrl(id, { origin }).ok, origin).toBe(false);
    }
  });

  it("has a safe variant that returns a result instead of throwing", () => {
    expect(safeIdvUrl(id)).toEqual({ ok: true, url: `https://idv.ondato.com/?id=${id}` });
    const refused = safeIdvUrl("not-an-id");
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.message).toMatch(/GUID/);
  });
});
