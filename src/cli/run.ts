// Command-line entry points: a setup problem (SetupError) is one line on stderr and exit code 1,
// not a stack trace; anything else is a bug and keeps its trace.
import { SetupError } from "../db/migrate.js";

export async function runCli(main: () => Promise<void>): Promise<void> {
  try {
    await main();
  } catch (e) {
    if (!(e instanceof SetupError)) throw e;
    process.stderr.write(`${e.message}\n`);
    process.exit(1);
  }
}
