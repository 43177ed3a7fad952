import { describe, expect, it } from "vitest";
import { ondatoTimestampSchema, parseOndatoTimestamp } from "../src/index.js";

describe("Ondato's .NET timestamps", () => {
  it("accepts none to seven fractional digits", () => {
    for (const value of ["2023-01-16T23:40:51Z", "2023-01-16T23:40:42.77Z", "2022-09-29T14:17:19.171Z", "2023-01-16T23:40:52.4886646Z"]) {
      expect(ondatoTimestampSchema.safeParse(value).success, value).toBe(true);
    }
  });

  it("refuses eight digits, offsets, missing Z and impossible fields", () => {
    for (const value of ["2023-01-16T23:40:52.48866461Z", "2023-01-16T23:40:52+00:00", "2023-01-16T23:40:52", "2023-13-16T23:40:52Z", "2023-01-16T24:00:00Z", "2023-01-16"]) {
      expect(ondatoTimestampSchema.safeParse(value).success, value).toBe(false);
    }
  });

  it("reads the instant to the millisecond", () => {
    expect(parseOndatoTimestamp("2023-01-16T23:40:52.4886646Z")).toBe(Date.parse("2023-01-16T23:40:52.488Z"));
    expect(parseOndatoTimestamp("2023-01-16T23:40:42.77Z")).toBe(Date.parse("2023-01-16T23:40:42.770Z"));
    expect(parseOndatoTimestamp("2023-01-16T23:40:51Z")).toBe(Date.parse("2023-01-16T23:40:51.000Z"));
    expect(parseOndatoTimestamp("2023-02-30T00:00:00Z")).toBeUndefined();
    expect(parseOndatoTimestamp("yesterday")).toBeUndefined();
  });
});
