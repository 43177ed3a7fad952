import { readdir, readFile, stat } from "node:fs/promises";
import { basename, join, relative, sep } from "node:path";
import { UsageError } from "./errors.js";

/** One raw callback body to read: a file, or stdin (`-`). */
export interface Input {
  /** How results name it: the path (as given, joined with the file's path inside a directory), or `-`. */
  readonly name: string;
  /** Found by walking a directory (rather than named on the command line): a file that is no callback may be skipped. */
  readonly fromDirectory: boolean;
  read(): Promise<Uint8Array>;
}

/** An input that is not read, and why: reported per input, never dropped without a word. */
export interface Skipped {
  readonly input: string;
  readonly reason: string;
}

/** Reads stdin to its end, as bytes. */
export async function readStream(stream: NodeJS.ReadableStream): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === "string" ? Buffer.from(chunk) : (chunk as Buffer));
  return new Uint8Array(Buffer.concat(chunks));
}

export interface ExpandOptions {
  /** Globs a directory's files must match (relative to the directory; a pattern without / matches the file name). */
  readonly include?: readonly string[];
  /** Globs of a directory's files to leave out. */
  readonly exclude?: readonly string[];
}

/**
 * Expands the command line's inputs: `-` is stdin, a file is itself, a directory is every file under it
 * (recursively, sorted), filtered by --include/--exclude. Dot-files and dot-folders in a directory, and
 * what the filters leave out, are returned as skipped; symbolic links to files are followed. A path that cannot be
 * read is an input whose read fails, so that it is reported with the others instead of ending the run.
 */
export async function expandInputs(args: readonly string[], stdin: NodeJS.ReadableStream, options: ExpandOptions = {}): Promise<{ inputs: Input[]; skipped: Skipped[] }> {
  const inputs: Input[] = [];
  const skipped: Skipped[] = [];
  const include = (options.include ?? []).map(globToRegExp);
  const exclude = (options.exclude ?? []).map(globToRegExp);
  let stdinUsed = false;
  for (const arg of args) {
    if (arg === "-") {
      if (stdinUsed) throw new UsageError("stdin (-) can be given only once.");
      stdinUsed = true;
      inputs.push({ name: "-", fromDirectory: false, read: () => readStream(stdin) });
      continue;
    }
    const info = await stat(arg).catch((error: NodeJS.ErrnoException) => error);
    if (info instanceof Error) {
      inputs.push({ name: arg, fromDirectory: false, read: () => Promise.reject(info) });
      continue;
    }
    if (!info.isDirectory()) {
      inputs.push(fileInput(arg, false));
      continue;
    }
    const before = inputs.length;
    for (const entry of await walk(arg)) {
      const path = relative(arg, entry.path).split(sep).join("/");
      if (entry.skip !== undefined) skipped.push({ input: entry.path, reason: entry.skip });
      else if (include.length > 0 && !include.some((pattern) => matches(pattern, path))) skipped.push({ input: entry.path, reason: `not matched by --include ${options.include?.join(", ") ?? ""}` });
      else if (exclude.some((pattern) => matches(pattern, path))) skipped.push({ input: entry.path, reason: "matched by --exclude" });
      else inputs.push(fileInput(entry.path, true));
    }
    if (inputs.length === before && skipped.every((entry) => !entry.input.startsWith(arg))) skipped.push({ input: arg, reason: "an empty directory" });
  }
  return { inputs, skipped };
}

function fileInput(path: string, fromDirectory: boolean): Input {
  return { name: path, fromDirectory, read: async () => new Uint8Array(await readFile(path)) };
}

/** A pattern without / is matched against the file name alone, as .gitignore does. */
function matches(pattern: RegExp & { readonly nameOnly?: boolean }, path: string): boolean {
  return pattern.test(pattern.nameOnly ? basename(path) : path);
}

/** A glob (`*`, `?`, `**`, `{a,b}`) as a regular expression over a /-separated path. */
export function globToRegExp(glob: string): RegExp & { readonly nameOnly: boolean } {
  let source = "";
  for (let index = 0; index < glob.length; index += 1) {
    const char = glob[index] ?? "";
    if (char === "*" && glob[index + 1] === "*") {
      source += glob[index + 2] === "/" ? "(?:.*/)?" : ".*";
      index += glob[index + 2] === "/" ? 2 : 1;
    } else if (char === "*") source += "[^/]*";
    else if (char === "?") source += "[^/]";
    else if (char === "{") source += "(?:";
    else if (char === "}") source += ")";
    else if (char === "," && glob.slice(0, index).lastIndexOf("{") > glob.slice(0, index).lastIndexOf("}")) source += "|";
    else source += char.replace(/[.+^$()|[\]\\]/g, "\\$&");
  }
  return Object.assign(new RegExp(`^${source}$`), { nameOnly: !glob.includes("/") });
}

async function walk(folder: string): Promise<{ path: string; skip?: string }[]> {
  const entries = await readdir(folder, { withFileTypes: true });
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const files: { path: string; skip?: string }[] = [];
  for (const entry of entries) {
    const path = join(folder, entry.name);
    if (entry.name.startsWith(".")) {
      files.push({ path, skip: entry.isDirectory() ? "a dot-folder" : "a dot-file" });
      continue;
    }
    const isDirectory = entry.isDirectory();
    let isFile = entry.isFile();
    if (entry.isSymbolicLink()) {
      const target = await stat(path).catch(() => undefined);
      if (target === undefined) {
        files.push({ path, skip: "a symbolic link to nothing" });
        continue;
      }
      if (target.isDirectory()) {
        // Not followed: a link back up the tree would never end.
        files.push({ path, skip: "a symbolic link to a directory (not followed)" });
        continue;
      }
      isFile = target.isFile();
    }
    if (isDirectory) files.push(...(await walk(path)));
    else if (isFile) files.push({ path });
    else files.push({ path, skip: "not a regular file" });
  }
  return files;
}

export function describeFsError(error: NodeJS.ErrnoException): string {
  switch (error.code) {
    case "ENOENT":
      return "no such file or directory";
    case "EACCES":
    case "EPERM":
      return "permission denied";
    case "EISDIR":
      return "it is a directory";
    default:
      return error.message;
  }
}
