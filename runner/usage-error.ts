// A problem with how the runner was invoked (unknown target, runtime not
// found, bad option): the CLI prints its one-line message and exits 2.
export class UsageError extends Error {
  override name = 'UsageError';
}
