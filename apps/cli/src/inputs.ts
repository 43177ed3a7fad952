import { readdir, readFile, stat } from "node:fs/promises";
import { join } from "node:path";
import { UsageError } from "./errors.js";

/** One raw callback body to read: a file, or stdin (`-`). */
export interface Input {
  /** How results name it: the path (as given, joined with the file's path inside a directory), or `-`. */
  readonly name: string;
  read(): Promise<Uint8Array>;
}

/** Reads stdin to its end, as bytes. */
export async function readStream(stream: NodeJS.ReadableStream): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === "string" ? Buffer.from(chunk) : (chunk as Buffer));
  return new Uint8Array(Buffer.concat(chunks));
}

/**
 * Expands the command line's inputs: `-` is stdin, a file is itself, a directory is every file under it
 * (recursively, sorted, skipping dot-files). A missing path is a usage error that names it.
 */
export async function expandInputs(args: readonly string[], stdin: NodeJS.ReadableStream): Promise<Input[]> {
  const inputs: Input[] = [];
  let stdinUsed = false;
  for (const arg of args) {
    if (arg === "-") {
      if (stdinUsed) throw new UsageError("stdin (-) can be given only once.");
      stdinUsed = true;
      inputs.push({ name: "-", read: () => readStream(stdin) });
      continue;
    }
    const info = await stat(arg).catch((error: NodeJS.ErrnoException) => {
      throw new UsageError(`Cannot read ${arg}: ${describeFsError(error)}.`, "Check the path; use - to read a body from stdin.");
    });
    if (info.isDirectory()) {
      const files = await walk(arg);
      if (files.length === 0) throw new UsageError(`${arg} is a directory with no files in it.`, "Give a directory of callback bodies, or files.");
      for (const file of files) inputs.push(fileInput(file));
    } else {
      inputs.push(fileInput(arg));
    }
  }
  return inputs;
}

function fileInput(path: string): Input {
  return { name: path, read: async () => new Uint8Array(await readFile(path)) };
}

async function walk(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { withFileTypes: true });
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const files: string[] = [];
  for (const entry of entries) {
    if (entry.name.startsWith(".")) continue;
    const path = join(folder, entry.name);
    if (entry.isDirectory()) files.push(...(await walk(path)));
    else if (entry.isFile()) files.push(path);
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
