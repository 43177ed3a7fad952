import type { IncomingMessage } from "node:http";

/*
 * A request's headers read from Node's list of them (`rawHeaders`), as the web `Headers` of the same request would
 * give them: names lower-cased, a repeated header's values joined with ", ". Building the `Headers` object (undici
 * validates and sorts every entry) cost the callback path about 3% of its time, for the few headers it reads.
 */

/** Every header of the request, by lower-cased name, without a prototype (a header named `__proto__` is a header). */
export function requestHeaders(incoming: IncomingMessage): Readonly<Record<string, string>> {
  const raw = incoming.rawHeaders;
  const out = Object.create(null) as Record<string, string>;
  for (let index = 0; index + 1 < raw.length; index += 2) {
    const name = (raw[index] as string).toLowerCase();
    const value = raw[index + 1] as string;
    const seen = out[name];
    out[name] = seen === undefined ? value : `${seen}, ${value}`;
  }
  return out;
}

/** One header of the request (lower-case `name`), its values joined with ", ", without reading the others. */
export function requestHeader(incoming: IncomingMessage, name: string): string | undefined {
  const raw = incoming.rawHeaders;
  let out: string | undefined;
  for (let index = 0; index + 1 < raw.length; index += 2) {
    const given = raw[index] as string;
    if (given.length !== name.length || given.toLowerCase() !== name) continue;
    const value = raw[index + 1] as string;
    out = out === undefined ? value : `${out}, ${value}`;
  }
  return out;
}
