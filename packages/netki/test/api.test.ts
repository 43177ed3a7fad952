import { describe, expect, it } from "vitest";
import {
  businessConfigListSchema,
  businessConfigUpdateRequestSchema,
  getCallbacksListSchema,
  getCallbacksResponseSchema,
  makeCallbackResponseSchema,
  netkiBoolean,
  restartCallbacksResponseSchema,
  tokenAuthRequestSchema,
  tokenAuthResponseSchema,
} from "../src/index.js";
import { getFixture } from "../src/fixtures.js";

const json = (name: string) => JSON.parse(getFixture(name).text) as unknown;

describe("the callback management API schemas", () => {
  it("read the seed's token-auth request and the documented token pair", () => {
    expect(tokenAuthRequestSchema.parse(json("token-auth.request"))).toEqual({ username: "client_username", password: "client_password" });
    expect(tokenAuthResponseSchema.safeParse({ access: "example-access-token" }).success).toBe(false);
  });

  it("read the paginated business config list", () => {
    const list = businessConfigListSchema.parse(json("business-config.list.response"));
    expect(list.count).toBe(1);
    expect(list.next).toBeNull();
    expect(list.results[0]?.callback_authentication_scheme).toBe("basic");
    expect(list.results[0]?.callback_expected_status).toBe(200);
  });

  it("refuse an unknown authentication scheme in the config", () => {
    const list = json("business-config.list.response") as { results: Record<string, unknown>[] };
    list.results[0]!.callback_authentication_scheme = "hmac";
    const result = businessConfigListSchema.safeParse(list);
    expect(result.error?.issues[0]?.path).toEqual(["results", 0, "callback_authentication_scheme"]);
  });

  it("accept booleans sent as strings in the config update, as the seed's own example does", () => {
    const update = businessConfigUpdateRequestSchema.parse(json("business-config.update.request"));
    expect(update.is_callback_enabled).toBe("false");
    expect(netkiBoolean(update.is_callback_enabled!)).toBe(false);
    expect(netkiBoolean(true)).toBe(true);
    expect(netkiBoolean("True")).toBe(true);
    expect(businessConfigUpdateRequestSchema.safeParse({ is_callback_paused: "maybe" }).success).toBe(false);
  });

  it("accept callback_credentials as a JSON string (later docs) or an object (the seed)", () => {
    expect(businessConfigUpdateRequestSchema.safeParse(json("business-config.update.credentials.request")).success).toBe(true);
    expect(businessConfigUpdateRequestSchema.safeParse({ callback_credentials: { username: "example-user", password: "example-password" } }).success).toBe(true);
    expect(businessConfigUpdateRequestSchema.safeParse({ callback_credentials: { username: "example-user" } }).success).toBe(false);
  });

  it("read make-callback, get-callbacks and restart-callbacks answers", () => {
    expect(makeCallbackResponseSchema.parse(json("make-callback.response")).message).toBe("Callback scheduled.");
    expect(restartCallbacksResponseSchema.parse(json("restart-callbacks.response")).message).toBe("Callbacks restarted.");
    const callbacks = getCallbacksListSchema.parse(json("get-callbacks.response"));
    expect(callbacks.callbacks[0]).toMatchObject({ state: "completed", response_raw: "OK", status_code: 200, callback_duration: "0.0088900000", callback_counter: 1 });
  });

  it("refuse a callback record in an undocumented state or with a non-numeric duration", () => {
    const body = json("get-callbacks.response") as { callbacks: Record<string, unknown>[] };
    body.callbacks[0]!.state = "sent";
    body.callbacks[0]!.callback_duration = "fast";
    const result = getCallbacksListSchema.safeParse(body);
    expect(result.error?.issues.map((issue) => issue.path.join("."))).toEqual(["callbacks.0.state", "callbacks.0.callback_duration"]);
    expect(getCallbacksResponseSchema.safeParse(body).success).toBe(false);
  });
});
