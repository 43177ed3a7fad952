import { config } from "zod";

/*
 * zod compiles each object schema's parser into a function (its JIT) the first time it parses, which pays off in a
 * long-running process such as the receiver. A command runs for a moment: compiling costs more than it saves, even
 * over a directory of thousands of callbacks. zod reads the setting when a schema is built, so the commands that
 * parse import this module (dynamically: `--help` loads no zod) before the first provider's schemas load.
 */
config({ jitless: true });
