// How a command that starts conformance runs (matrix, teeth) runs its main function: stopped from outside
// (Ctrl-C reaches only its own process group), it takes the runs down too; exit 2 on a usage error.
import { UsageError } from '../runner/usage-error.js';
import { killActiveCells } from './run-cell.js';

export function runCommand(name: string, main: (argv: string[]) => Promise<number>): void {
  for (const [signal, code] of [['SIGINT', 130], ['SIGTERM', 143]] as const) {
    process.on(signal, () => {
      killActiveCells();
      process.exit(code);
    });
  }
  process.on('exit', killActiveCells);
  main(process.argv.slice(2)).then(
    (code) => (process.exitCode = code),
    (error) => {
      const usage = error instanceof UsageError;
      process.stderr.write(`${name}: ${usage ? error.message : ((error as Error).stack ?? error)}\n`);
      process.exitCode = usage ? 2 : 1;
    },
  );
}
