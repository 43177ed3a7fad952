/**
 * Where the CLI writes, and whether it colours what it writes. Colours are plain ANSI codes, on only when
 * the stream is a terminal and `NO_COLOR` is unset (https://no-color.org); `FORCE_COLOR` forces them, as
 * Node itself does; `--no-color` turns them off whatever the environment says.
 */

export type Env = Readonly<Record<string, string | undefined>>;

export interface Stream {
  readonly isTTY?: boolean;
  readonly columns?: number;
  write(chunk: string | Uint8Array): boolean;
}

export interface Style {
  readonly enabled: boolean;
  bold(text: string): string;
  dim(text: string): string;
  red(text: string): string;
  green(text: string): string;
  yellow(text: string): string;
  cyan(text: string): string;
}

export function colorEnabled(stream: Stream, env: Env, noColorFlag = false): boolean {
  if (noColorFlag) return false;
  const force = env.FORCE_COLOR;
  if (force !== undefined && force !== "0" && force !== "false") return true;
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== "") return false;
  if (env.TERM === "dumb") return false;
  return stream.isTTY === true;
}

function wrap(enabled: boolean, open: number, close: number): (text: string) => string {
  return enabled ? (text) => `\u001b[${open}m${text}\u001b[${close}m` : (text) => text;
}

export function createStyle(enabled: boolean): Style {
  return {
    enabled,
    bold: wrap(enabled, 1, 22),
    dim: wrap(enabled, 2, 22),
    red: wrap(enabled, 31, 39),
    green: wrap(enabled, 32, 39),
    yellow: wrap(enabled, 33, 39),
    cyan: wrap(enabled, 36, 39),
  };
}

/** The CLI's two output streams, each with its own colour decision. */
export interface Terminal {
  readonly stdout: Stream;
  readonly stderr: Stream;
  /** Styles for what goes to stdout. */
  readonly out: Style;
  /** Styles for what goes to stderr. */
  readonly err: Style;
  readonly env: Env;
  /** Writes one line to stdout. */
  print(line?: string): void;
  /** Writes one line to stderr. */
  warn(line: string): void;
}

export function createTerminal(stdout: Stream, stderr: Stream, env: Env, noColorFlag: boolean): Terminal {
  return {
    stdout,
    stderr,
    env,
    out: createStyle(colorEnabled(stdout, env, noColorFlag)),
    err: createStyle(colorEnabled(stderr, env, noColorFlag)),
    print: (line = "") => void stdout.write(`${line}\n`),
    warn: (line) => void stderr.write(`${line}\n`),
  };
}
