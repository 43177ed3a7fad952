import { describe, expect, it } from "vitest";
import { basicAuthorization, constantTimeEqual, verifyBasicAuth } from "../src/index.js";
import { compareTimings, looksConstant } from "./support/timing.js";

/*
 * The comparison helpers take the same time however much of the secret a guess gets right. Each test compares a
 * guess that is wrong from its first character with one that is right up to its last; the secret is long, so
 * that an early-exit comparison would take thousands of steps longer for the second. The first test shows that
 * the measurement does tell such a comparison apart, so that the others can fail.
 */

const secret = `s3cr3t-${"k".repeat(8_000)}`;
const wrongFirst = `X${secret.slice(1)}`;
const wrongLast = `${secret.slice(0, -1)}X`;

/** What the helpers must not be: returns at the first differing character. */
function earlyExitEqual(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  for (let index = 0; index < a.length; index++) if (a.charCodeAt(index) !== b.charCodeAt(index)) return false;
  return true;
}

describe("constant-time comparison helpers", () => {
  it("the measurement tells an early-exit comparison apart (so the tests below can fail)", () => {
    const naive = compareTimings((guess) => earlyExitEqual(guess, secret), wrongFirst, wrongLast);
    expect(looksConstant(naive), JSON.stringify(naive)).toBe(false);
    expect(naive.lateSlowerShare).toBeGreaterThan(0.9);
  });

  it("constantTimeEqual takes as long for a guess wrong at its first character as for one wrong at its last", () => {
    expect(constantTimeEqual(wrongFirst, secret) || constantTimeEqual(wrongLast, secret)).toBe(false);
    const measured = compareTimings((guess) => constantTimeEqual(guess, secret), wrongFirst, wrongLast);
    expect(looksConstant(measured), JSON.stringify(measured)).toBe(true);
  });

  it("verifyBasicAuth takes as long for a password wrong at its first character as for one wrong at its last, and for a wrong user", () => {
    // Shorter than the secret above: each call decodes the base64 header, which is what takes the time.
    const password = secret.slice(0, 2_000);
    const expected = { username: `user-${"u".repeat(2_000)}`, password };
    const header = (username: string, password: string) => basicAuthorization({ username, password });
    const passwords = compareTimings((value) => verifyBasicAuth(value, expected), header(expected.username, `X${password.slice(1)}`), header(expected.username, `${password.slice(0, -1)}X`), { batch: 10 });
    expect(looksConstant(passwords), JSON.stringify(passwords)).toBe(true);
    const users = compareTimings((value) => verifyBasicAuth(value, expected), header(`X${expected.username.slice(1)}`, password), header(`${expected.username.slice(0, -1)}X`, password), { batch: 10 });
    expect(looksConstant(users), JSON.stringify(users)).toBe(true);
  });
});
