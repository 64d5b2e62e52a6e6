/**
 * Options whose effect depends on the Node version the runtime follows (its process.versions.node): the
 * reference does what that Node does with them, so a program behaves the same under it and under node:cluster.
 */

/** Whether `version` ("22.12.0") is at least major.minor; an unreadable version counts as recent. */
export function atLeast(version: string | undefined, major: number, minor: number): boolean {
  const [have, haveMinor] = (version ?? '').split('.').map(Number);
  if (!Number.isFinite(have) || !Number.isFinite(haveMinor)) return true;
  return have > major || (have === major && haveMinor >= minor);
}

/**
 * SPEC node.net-05, node.net-06, node.udp-08, node.net-10: `reusePort` (net listen, dgram createSocket) and
 * `dropMaxConnection` exist from Node 22.12 on; earlier, Node ignores them.
 */
export const SINCE_22_12 = atLeast(process.versions.node, 22, 12);
