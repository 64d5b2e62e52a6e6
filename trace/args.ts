// Command-line options of `npm run trace`. Pure.

export interface CliOptions {
  spec?: string;
  root?: string;
  write: boolean;
  strict: boolean;
  json: boolean;
  help: boolean;
}

export const USAGE = `usage: npm run trace -- [--write] [--strict] [--json] [--spec FILE] [--root DIR]
  Prints the matrix SPEC.md clause -> tagged tests (spec-tests/, property-tests/, load-tests/).
  --write    rewrite the Tests column of SPEC.md from the tags
  --strict   also fail when a normative clause has no test
  --json     print the matrix as JSON
  --spec     the spec file (default: <root>/SPEC.md)
  --root     the project root holding the test folders (default: current directory)`;

export function parseArgs(argv: string[]): CliOptions {
  const options: CliOptions = { write: false, strict: false, json: false, help: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--write') options.write = true;
    else if (arg === '--strict') options.strict = true;
    else if (arg === '--json') options.json = true;
    else if (arg === '--help' || arg === '-h') options.help = true;
    else if (arg === '--spec' || arg === '--root') {
      const value = argv[++i];
      if (value === undefined || value.startsWith('--')) throw new Error(`${arg} needs a value`);
      options[arg === '--spec' ? 'spec' : 'root'] = value;
    } else throw new Error(`unknown option "${arg}"`);
  }
  return options;
}
