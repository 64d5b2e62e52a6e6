// `npm run trace`: prints the clause -> tests matrix and fails on any problem.
// Exit codes: 0 clean, 1 problems found, 2 bad usage or unreadable spec.
import { readFileSync, writeFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { parseArgs, USAGE, type CliOptions } from './args.js';
import { evaluate } from './evaluate.js';
import { formatProblem } from './render.js';
import { readTaggedSources } from './source-files.js';

function main(argv: string[]): number {
  let options: CliOptions;
  try {
    options = parseArgs(argv);
  } catch (error) {
    process.stderr.write(`trace: ${(error as Error).message}\n${USAGE}\n`);
    return 2;
  }
  if (options.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const root = resolve(options.root ?? '.');
  const specPath = resolve(options.spec ?? resolve(root, 'SPEC.md'));
  const fromCwd = relative(process.cwd(), specPath);
  const specLabel = fromCwd && !fromCwd.startsWith('..') ? fromCwd : specPath;
  let specText: string;
  try {
    specText = readFileSync(specPath, 'utf8');
  } catch (error) {
    process.stderr.write(`trace: cannot read spec ${specLabel}: ${(error as Error).message}\n`);
    return 2;
  }
  const result = evaluate({ file: specLabel, text: specText }, readTaggedSources(root), options);
  process.stdout.write(`${result.output}\n`);
  if (result.specText !== undefined && result.specText !== specText) {
    writeFileSync(specPath, result.specText);
    process.stderr.write(`trace: rewrote the Tests column of ${specLabel}\n`);
  }
  for (const problem of result.problems) process.stderr.write(`${formatProblem(problem)}\n`);
  if (result.problems.length > 0) process.stderr.write(`trace: ${result.problems.length} problem(s)\n`);
  return result.problems.length > 0 ? 1 : 0;
}

process.exitCode = main(process.argv.slice(2));
