/** One entry of a provider package's `fixtures/index.json`. */
export interface FixtureEntry {
  /** File name inside `fixtures/`, e.g. `verification.accepted.json`; negative fixtures are under `invalid/`. */
  readonly file: string;
  /** The callback kind it is (also for negative fixtures, where it is the kind it tries to be). */
  readonly kind: string;
  /** Whether it must parse (true) or be refused (false). */
  readonly valid: boolean;
  /** The content type the provider sends it with. */
  readonly contentType: string;
  /** What it shows, and where it comes from (a provider document's sample, a documented variant, a captured quirk). */
  readonly description: string;
  /**
   * For a body that breaks a documented rule or holds a value no document lists: the rule's id
   * (`unknown-enum-value` for the latter). Strict parsing refuses it; tolerant parsing accepts it with
   * a warning naming that rule.
   */
  readonly breaks?: string;
  /** Extra HTTP headers the provider sends with it (never secrets). */
  readonly headers?: Readonly<Record<string, string>>;
  /**
   * Objects of the provider's descriptor inside the body, by name (a key of `descriptor.objects`) and place: a JSON
   * Pointer (RFC 6901) into the decoded body, e.g. `{ "JumioUsAddress": "/idAddress" }`. For objects whose place in
   * the callback's schema does not say which they are (a union without discriminator, a general schema next to a
   * narrower one); `@kyc-webhooks/spec` shows the value there as an example of the object and checks it against the
   * object's schema.
   */
  readonly objects?: Readonly<Record<string, string>>;
}

/** A fixture as a generated data module holds it: the manifest entry and the file's bytes, as text when UTF-8, else base64. */
export interface FixtureSource extends FixtureEntry {
  readonly text?: string;
  readonly base64?: string;
}

export interface Fixture extends FixtureEntry {
  readonly provider: string;
  /** File name without its extension (`verification.accepted`, `invalid/verification.declined.missing-comma`). */
  readonly name: string;
  /** The raw body, byte for byte as the file holds it. */
  readonly body: Uint8Array;
  /** The body as UTF-8 text. */
  readonly text: string;
}

/** The fixture name of a file: its path without the extension. */
export function fixtureName(file: string): string {
  return file.replace(/\.(json|txt|form)$/, "");
}

/** A fixture from its manifest entry and bytes. */
export function toFixture(provider: string, entry: FixtureEntry, body: Uint8Array): Fixture {
  return { ...entry, provider, name: fixtureName(entry.file), body, text: new TextDecoder().decode(body) };
}

const encoder = new TextEncoder();

function fromBase64(base64: string): Uint8Array {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let index = 0; index < binary.length; index += 1) bytes[index] = binary.charCodeAt(index);
  return bytes;
}

/**
 * The fixtures of a generated data module (no file system: bundlers include them as data). Each call returns
 * fresh objects with fresh bytes, so a test that changes one cannot change another's.
 */
export function fixturesFromSources(provider: string, sources: readonly FixtureSource[]): Fixture[] {
  return sources.map(({ text, base64, ...entry }) => toFixture(provider, entry, text === undefined ? fromBase64(base64 ?? "") : encoder.encode(text)));
}

/** One fixture by name, from a list; throws for an unknown name (a programming error in a test). */
export function findFixture(fixtures: readonly Fixture[], provider: string, name: string): Fixture {
  const fixture = fixtures.find((candidate) => candidate.name === name);
  if (!fixture) throw new Error(`Unknown ${provider} fixture: ${name}`);
  return fixture;
}

/** The fixtures API of a provider package's `./fixtures` entry, over its generated data. */
export interface FixtureSet {
  listFixtures(): Fixture[];
  listApiFixtures(): Fixture[];
  getFixture(name: string): Fixture;
}

/**
 * The `./fixtures` entry of a provider package: decoded once, then handed out as copies (fresh bytes), so that
 * a test that changes a body cannot change another test's.
 */
export function fixtureSet(provider: string, callbacks: readonly FixtureSource[], api: readonly FixtureSource[]): FixtureSet {
  let decoded: { callbacks: Fixture[]; api: Fixture[] } | undefined;
  const all = () => (decoded ??= { callbacks: fixturesFromSources(provider, callbacks), api: fixturesFromSources(provider, api) });
  const copy = (fixture: Fixture): Fixture => ({ ...fixture, body: new Uint8Array(fixture.body) });
  return {
    listFixtures: () => all().callbacks.map(copy),
    listApiFixtures: () => all().api.map(copy),
    getFixture: (name) => copy(findFixture([...all().callbacks, ...all().api], provider, name)),
  };
}
