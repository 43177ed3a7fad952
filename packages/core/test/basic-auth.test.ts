import { describe, expect, it } from "vitest";
import { basicAuthorization, parseBasicAuthorization, parseBearerAuthorization, verifyBasicAuth } from "../src/index.js";

describe("basic auth", () => {
  it("decodes the base64 credentials and splits at the first colon only", () => {
    const header = basicAuthorization({ username: "ondato", password: "pa:ss wörd" });
    expect(parseBasicAuthorization(header)).toEqual({ username: "ondato", password: "pa:ss wörd" });
  });

  it("accepts the scheme name in any case", () => {
    expect(parseBasicAuthorization(`bAsIc ${Buffer.from("a:b").toString("base64")}`)).toEqual({ username: "a", password: "b" });
  });

  it("refuses other schemes and undecodable values", () => {
    expect(parseBasicAuthorization("Bearer abc")).toBeUndefined();
    expect(parseBasicAuthorization(`Basic ${Buffer.from("no-colon").toString("base64")}`)).toBeUndefined();
    expect(parseBasicAuthorization("Basic")).toBeUndefined();
    expect(parseBasicAuthorization(undefined)).toBeUndefined();
  });

  it("verifies only the exact username and password", () => {
    const expected = { username: "netki", password: "s3cret" };
    expect(verifyBasicAuth(basicAuthorization(expected), expected)).toBe(true);
    expect(verifyBasicAuth(basicAuthorization({ username: "netki", password: "s3cret!" }), expected)).toBe(false);
    expect(verifyBasicAuth(basicAuthorization({ username: "Netki", password: "s3cret" }), expected)).toBe(false);
    expect(verifyBasicAuth(undefined, expected)).toBe(false);
    // A header that is not decoded (the pitfall) is not the same as the credentials.
    expect(verifyBasicAuth("Basic netki:s3cret", expected)).toBe(false);
  });

  it("reads bearer tokens", () => {
    expect(parseBearerAuthorization("Bearer abc.def")).toBe("abc.def");
    expect(parseBearerAuthorization("Basic abc")).toBeUndefined();
  });
});
