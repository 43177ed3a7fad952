import type { ReceiverConfig } from "./config.js";
import type { Logger } from "./log.js";
import type { RunningReceiver } from "./server.js";
export interface CliIo {
    readonly env: Readonly<Record<string, string | undefined>>;
    /** Human-readable text (help, the start banner, errors): stderr by default. */
    readonly stderr: (text: string) => void;
    /** --help goes here: stdout by default. */
    readonly stdout: (text: string) => void;
    readonly logger?: Logger;
}
export type CliResult = {
    readonly exitCode: number;
    readonly receiver?: RunningReceiver;
};
/** The lines printed after start: where it listens and how to send it a sample. */
export declare function startBanner(config: ReceiverConfig, url: string): string;
/**
 * Runs the receiver command. Resolves once the receiver is listening (or with a non-zero exit code when it
 * cannot start). Signal handling is the caller's (main.ts) job.
 */
export declare function runCli(argv: readonly string[], io: CliIo): Promise<CliResult>;
//# sourceMappingURL=cli.d.ts.map