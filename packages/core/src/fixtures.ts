import { readFileSync } from "node:fs";

/** One entry of a provider package's `fixtures/index.json`. */
export interface FixtureEntry {
  /** File name inside `fixtures/`, e.g. `verification.accepted.json`. */
  readonly file: string;
  /** The callback kind it is (also for negative fixtures, where it is the kind it tries to be). */
  readonly kind: string;
  /** Whether it must parse (true) or be refused (false). */
  readonly valid: boolean;
  /** The content type the provider sends it with. */
  readonly contentType: string;
  /** What it shows, and where it comes from (a seed document's sample, a documented variant, a captured quirk). */
  readonly description: string;
  /**
   * For a body that breaks a documented rule or holds a value no document lists: the rule's id
   * (`unknown-enum-value` for the latter). Strict parsing refuses it; tolerant parsing accepts it with
   * a warning naming that rule.
   */
  readonly breaks?: string;
  /** Extra HTTP headers the provider sends with it (never secrets). */
  readonly headers?: Readonly<Record<string, string>>;
}

export interface Fixture extends FixtureEntry {
  readonly provider: string;
  /** File name without its extension. */
  readonly name: string;
  /** The raw body, byte for byte as the file holds it. */
  readonly body: Uint8Array;
  /** The body as UTF-8 text. */
  readonly text: string;
}

/** Reads a fixtures folder through its `index.json` manifest. */
export function loadFixtures(provider: string, folder: URL): Fixture[] {
  const entries = JSON.parse(readFileSync(new URL("index.json", folder), "utf8")) as FixtureEntry[];
  return entries.map((entry) => {
    const body = new Uint8Array(readFileSync(new URL(entry.file, folder)));
    return {
      ...entry,
      provider,
      name: entry.file.replace(/\.(json|txt|form)$/, ""),
      body,
      text: new TextDecoder().decode(body),
    };
  });
}
