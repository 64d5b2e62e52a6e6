// Runs one scenario of this folder in its own process group with a time limit, for the reference's end-to-end
// tests. A scenario prints one JSON line on stdout and exits with 0; the whole group is killed afterwards, so
// no worker outlives it.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const LIMIT_MS = 20_000;

/** `name`: the scenario's file name without extension, e.g. 'sharing'; `args` reach it as argv[2...]. */
export function runScenario<T>(name: string, args: string[] = []): Promise<T> {
  const file = fileURLToPath(new URL(`./${name}.js`, import.meta.url));
  const label = [name, ...args].join(' ');
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [file, ...args], { detached: true, stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (chunk) => (out += chunk));
    const killGroup = () => {
      try {
        process.kill(-(child.pid as number), 'SIGKILL');
      } catch {
        // the group is gone already
      }
    };
    const timer = setTimeout(() => {
      killGroup();
      reject(new Error(`scenario ${label} did not finish within ${LIMIT_MS} ms`));
    }, LIMIT_MS);
    child.on('exit', (code) => {
      clearTimeout(timer);
      killGroup();
      if (code === 0) resolve(JSON.parse(out) as T);
      else reject(new Error(`scenario ${label} exited with ${code}: ${out}`));
    });
  });
}
