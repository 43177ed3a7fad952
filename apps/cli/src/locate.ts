/**
 * Where a field is in a raw body: line and column (1-based) of the field's key in a JSON body, or of the
 * field's name in a form-urlencoded body (Jumio). An issue's path points at what the schema expected; for
 * a field that is missing, the location is its nearest parent that is there. Only positions are returned,
 * never the text: bodies hold personal data, and the CLI's output must not repeat it.
 */

export interface Location {
  readonly line: number;
  readonly column: number;
}

export function locateField(text: string, path: readonly (string | number)[]): Location | undefined {
  if (path.length === 0) return undefined;
  const start = text.search(/\S/);
  if (start < 0) return undefined;
  const first = text[start];
  const offset = first === "{" || first === "[" ? locateJson(text, path) : locateFormField(text, path[0]);
  return offset === undefined ? undefined : toLocation(text, offset);
}

function toLocation(text: string, offset: number): Location {
  let line = 1;
  let lineStart = 0;
  for (let index = 0; index < offset; index += 1) {
    if (text.charCodeAt(index) === 10) {
      line += 1;
      lineStart = index + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

/** The offset of the deepest part of `path` found in a JSON text; undefined when not even the first is. */
function locateJson(text: string, path: readonly (string | number)[]): number | undefined {
  let pos = 0;
  let found: number | undefined;

  const skipSpace = () => {
    while (pos < text.length && /[\s\uFEFF]/.test(text[pos] ?? "")) pos += 1;
  };
  const skipString = () => {
    pos += 1;
    while (pos < text.length) {
      const char = text[pos];
      if (char === "\\") pos += 2;
      else if (char === '"') {
        pos += 1;
        return;
      } else pos += 1;
    }
    throw new Error("unterminated string");
  };
  const skipValue = () => {
    skipSpace();
    const char = text[pos];
    if (char === '"') return skipString();
    if (char === "{" || char === "[") {
      let depth = 0;
      while (pos < text.length) {
        const c = text[pos];
        if (c === '"') {
          skipString();
          continue;
        }
        if (c === "{" || c === "[") depth += 1;
        if (c === "}" || c === "]") depth -= 1;
        pos += 1;
        if (depth === 0) return;
      }
      throw new Error("unterminated container");
    }
    while (pos < text.length && !/[,}\]\s]/.test(text[pos] ?? "")) pos += 1;
  };

  try {
    for (const segment of path) {
      skipSpace();
      const open = text[pos];
      let located = false;
      if (open === "{") {
        pos += 1;
        skipSpace();
        while (text[pos] === '"') {
          const keyStart = pos;
          skipString();
          const key = JSON.parse(text.slice(keyStart, pos)) as string;
          skipSpace();
          if (text[pos] !== ":") throw new Error("expected a colon");
          pos += 1;
          skipSpace();
          if (key === String(segment)) {
            found = keyStart;
            located = true;
            break;
          }
          skipValue();
          skipSpace();
          if (text[pos] !== ",") break;
          pos += 1;
          skipSpace();
        }
      } else if (open === "[" && typeof segment === "number") {
        pos += 1;
        skipSpace();
        for (let index = 0; text[pos] !== "]" && pos < text.length; index += 1) {
          if (index === segment) {
            found = pos;
            located = true;
            break;
          }
          skipValue();
          skipSpace();
          if (text[pos] !== ",") break;
          pos += 1;
          skipSpace();
        }
      }
      if (!located) return found;
    }
  } catch {
    return found;
  }
  return found;
}

/** The offset of a form field's name (`name=` at the start or after `&`). */
function locateFormField(text: string, name: string | number | undefined): number | undefined {
  if (name === undefined) return undefined;
  let offset = 0;
  for (const pair of text.split("&")) {
    const rawKey = pair.split("=")[0] ?? "";
    let key: string;
    try {
      key = decodeURIComponent(rawKey.replace(/\+/g, " "));
    } catch {
      key = rawKey;
    }
    if (key.trim() === String(name)) return offset + (rawKey.length - rawKey.trimStart().length);
    offset += pair.length + 1;
  }
  return undefined;
}
