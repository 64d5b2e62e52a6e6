// Runs one fixture and makes sure its whole process group ends, even if the
// runner itself is killed outright. The runner starts this program as the
// leader of a new process group, with a pipe on stdin that it never writes:
//   - the fixture runs as a child in the same group, writing to our stdout/stderr;
//   - when the fixture's primary exits, its exit status goes out as one line,
//     then the group (stray workers, and this process) is killed;
//   - when the runner is gone (stdin ends) or the deadline passes, the group is killed.
// Usage: node supervise.js DEADLINE_MS ENV_JSON COMMAND [ARG...]
// (The fixture's environment comes as JSON, not as this process's own: a
// variable such as NODE_UNIQUE_ID would change how this Node process starts.)
import { spawn } from 'node:child_process';
import { writeLine } from '../fixtures/lib/report.js';
import { EXIT_STATUS_PREFIX } from './observations.js';

const [deadline, env, command, ...args] = process.argv.slice(2);

function endGroup(): never {
  process.kill(-process.pid, 'SIGKILL');
  process.exit(1); // Not reached: SIGKILL of the group includes this process.
}

const fixture = spawn(command, args, { stdio: ['ignore', 'inherit', 'inherit'], env: JSON.parse(env) as NodeJS.ProcessEnv });
fixture.on('error', (error) => {
  writeLine(`${EXIT_STATUS_PREFIX}${JSON.stringify({ code: null, signal: null, error: error.message })}\n`);
  endGroup();
});
fixture.on('exit', (code, signal) => {
  writeLine(`${EXIT_STATUS_PREFIX}${JSON.stringify({ code, signal })}\n`);
  endGroup();
});
setTimeout(endGroup, Number(deadline)).unref();
process.stdin.on('end', endGroup).on('error', endGroup).resume();
