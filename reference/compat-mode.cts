/**
 * Which behaviour the reference follows where Node and its cluster page disagree (SPEC.md, Findings):
 *   'doc'  — the page's wording (the default; `cluster-conformance/reference`);
 *   'node' — what Node does (`cluster-conformance/reference/node`), for programs that depend on it.
 * One mode per process tree: a primary in Node mode marks its workers so (worker-mark.cts), and loading the
 * Node entry anywhere switches the process to it.
 */
export type CompatMode = 'doc' | 'node';

let mode: CompatMode = 'doc';

export function compatMode(): CompatMode {
  return mode;
}

export function setCompatMode(next: CompatMode): void {
  mode = next;
}

/** True in Node mode: the code that follows Node where its page says otherwise asks this. */
export function followsNode(): boolean {
  return mode === 'node';
}
