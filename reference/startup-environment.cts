/**
 * Whether a variable was in the environment when the process started. SPEC cluster.isPrimary-02 ties the role
 * to NODE_UNIQUE_ID "at start-up", but Node's bootstrap deletes that variable from process.env before any
 * module runs (SPEC Findings F-09). On Linux the start-up environment stays readable in /proc/self/environ;
 * elsewhere only process.env is left to go by.
 */
import { readFileSync } from 'node:fs';

export function setAtStartup(name: string): boolean {
  if (process.env[name] !== undefined) return true;
  if (process.platform !== 'linux') return false;
  try {
    return readFileSync('/proc/self/environ', 'latin1').split('\0').some((entry) => entry.startsWith(`${name}=`));
  } catch {
    return false; // no /proc mounted: process.env was the best evidence
  }
}
