/**
 * What a worker's server asks the primary for: the arguments of net.Server#listen and dgram.Socket#bind
 * turned into a request, the key under which workers share a handle, and the address reported in the
 * 'listening' events. Pure: no I/O.
 *
 * SPEC how-12..16 (the three differences): listen({fd}) is listened on by the primary; listen(handle) is
 * not routed at all; listen(0) gets the same port in every worker because equal requests share one handle.
 */

export type ListenRequest =
  | { kind: 'tcp'; port: number; host: string | null; ipv6Only: boolean; backlog?: number }
  | { kind: 'pipe'; path: string; readableAll: boolean; writableAll: boolean; backlog?: number }
  | { kind: 'fd'; fd: number; backlog?: number }
  | { kind: 'udp'; type: 'udp4' | 'udp6'; port: number; address: string | null; fd?: number; flags?: UdpFlags };

/** createSocket() options the primary binds a worker's socket with (SPEC node.udp-06, -07); not part of its key, as in Node: the first request's count. */
export interface UdpFlags {
  reuseAddr: boolean;
  ipv6Only: boolean;
}

/** A request and the callback the caller passed along with it. */
export interface Parsed {
  request: ListenRequest;
  callback?: (...args: unknown[]) => void;
}

/** What the primary learned when it listened: the socket name of its handle. */
export interface SocketName {
  address?: string;
  family?: string;
  port?: number;
}

/**
 * SPEC cluster.event.listening-03..09: { address, port, addressType } with addressType 4, 6, -1, 'udp4', 'udp6';
 * node.address-01: always these four keys, in this order, `fd` included (undefined but for UDP and listen({ fd })).
 */
export interface ListeningAddress {
  addressType: 4 | 6 | -1 | 'udp4' | 'udp6' | null;
  address: string | null;
  port: number;
  fd: number | undefined;
}

type Options = Record<string, unknown>;

/**
 * net.Server#listen arguments as a request, or undefined when the call must not go through the primary
 * (a handle, `exclusive: true`) or is invalid (Node's own listen then reports the error).
 */
export function parseListen(args: readonly unknown[]): Parsed | undefined {
  const [first] = args;
  const callback = typeof args.at(-1) === 'function' ? (args.at(-1) as Parsed['callback']) : undefined;
  const rest = callback ? args.slice(0, -1) : args;
  if (isPlainObject(first)) return withCallback(fromOptions(first), callback);
  if (typeof first === 'string' && !isPortString(first)) {
    return { request: { kind: 'pipe', path: first, readableAll: false, writableAll: false, ...backlogOf(rest[1]) }, callback };
  }
  if (rest.length > 0 && first !== undefined && first !== null) {
    const port = toPort(first);
    if (port === undefined) return undefined;
    const host = typeof rest[1] === 'string' ? rest[1] : null;
    const backlog = backlogOf(typeof rest[1] === 'number' ? rest[1] : rest[2]);
    return { request: { kind: 'tcp', port, host, ipv6Only: false, ...backlog }, callback };
  }
  if (typeof first === 'object' && first !== null) return undefined; // a handle or server: not routed
  return { request: { kind: 'tcp', port: 0, host: null, ipv6Only: false }, callback };
}

/**
 * dgram.Socket#bind arguments for a socket of the given type and flags, or undefined when not routed. A
 * non-exclusive bind({ fd }) binds the primary's descriptor (SPEC node.udp-09); with exclusive, the worker's own (-10).
 */
export function parseBind(type: 'udp4' | 'udp6', args: readonly unknown[], flags?: UdpFlags): Parsed | undefined {
  const [first] = args;
  const callback = typeof args.at(-1) === 'function' ? (args.at(-1) as Parsed['callback']) : undefined;
  const udp = (port: number | undefined, address: string | null, fd?: number): Parsed | undefined => {
    if (port === undefined) return undefined;
    const request: ListenRequest = { kind: 'udp', type, port, address, ...(fd === undefined ? {} : { fd }) };
    if (flags?.reuseAddr || flags?.ipv6Only) request.flags = { reuseAddr: flags.reuseAddr, ipv6Only: flags.ipv6Only };
    return { request, callback };
  };
  if (isPlainObject(first)) {
    if (first.exclusive === true) return undefined;
    if (first.fd !== undefined) return Number.isInteger(first.fd) && (first.fd as number) > 0 ? udp(0, null, first.fd as number) : undefined;
    return udp(first.port === undefined ? 0 : toPort(first.port), typeof first.address === 'string' ? first.address : null);
  }
  return udp(first === undefined || typeof first === 'function' ? 0 : toPort(first), typeof args[1] === 'string' ? args[1] : null);
}

/** Whether net.Server#listen arguments ask for `reusePort: true`: such a listen binds in the worker (SPEC node.net-05). */
export function listensWithReusePort(args: readonly unknown[]): boolean {
  return isPlainObject(args[0]) && args[0].reusePort === true;
}

/** Requests with the same key share one handle in the primary. */
export function keyOf(request: ListenRequest): string {
  const { backlog: _ignored, flags: _first, ...identity } = request as ListenRequest & { backlog?: number; flags?: UdpFlags };
  return JSON.stringify(identity);
}

export function listeningAddress(request: ListenRequest, name: SocketName): ListeningAddress {
  switch (request.kind) {
    case 'tcp': // SPEC node.address-02, -03: no host gives 4 and null, whatever the socket's family
      if (request.host === null) return { addressType: 4, address: null, port: name.port ?? 0, fd: undefined };
      return { addressType: name.family === 'IPv6' ? 6 : 4, address: name.address ?? request.host, port: name.port ?? 0, fd: undefined };
    case 'pipe': // SPEC node.address-04
      return { addressType: -1, address: request.path, port: -1, fd: undefined };
    case 'fd': // SPEC node.address-06: neither a type nor an address, the descriptor's port
      return { addressType: null, address: null, port: name.port ?? -1, fd: request.fd };
    case 'udp': // SPEC node.address-05; a bind({ fd }) reports the descriptor and no address (node.udp-09)
      if (request.fd !== undefined) return { addressType: request.type, address: null, port: name.port ?? 0, fd: request.fd };
      return { addressType: request.type, address: name.address ?? request.address, port: name.port ?? 0, fd: -1 };
  }
}

/** The address as the primary emits it (SPEC node.address-01): the four keys in order, `fd` back when JSON dropped it. */
export function eventAddress(sent: unknown): ListeningAddress {
  const { addressType, address, port, fd } = (sent ?? {}) as ListeningAddress;
  return { addressType, address, port, fd };
}

function fromOptions(options: Options): ListenRequest | undefined {
  if (options.exclusive === true) return undefined;
  const backlog = backlogOf(options.backlog);
  if (typeof options.fd === 'number') return { kind: 'fd', fd: options.fd, ...backlog };
  if (typeof options.path === 'string') {
    return { kind: 'pipe', path: options.path, readableAll: options.readableAll === true, writableAll: options.writableAll === true, ...backlog };
  }
  const port = options.port === undefined || options.port === null ? undefined : toPort(options.port);
  if (port === undefined) return undefined;
  const host = typeof options.host === 'string' ? options.host : null;
  return { kind: 'tcp', port, host, ipv6Only: options.ipv6Only === true, ...backlog };
}

function withCallback(request: ListenRequest | undefined, callback: Parsed['callback']): Parsed | undefined {
  return request && { request, callback };
}

function isPlainObject(value: unknown): value is Options {
  if (typeof value !== 'object' || value === null || '_handle' in value) return false;
  const prototype = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

function isPortString(value: string): boolean {
  return /^\s*\d+\s*$/.test(value);
}

/** A valid port number, or undefined (Node's validation then throws ERR_SOCKET_BAD_PORT). */
function toPort(value: unknown): number | undefined {
  const port = typeof value === 'string' && isPortString(value) ? Number(value) : value;
  return typeof port === 'number' && Number.isInteger(port) && port >= 0 && port <= 0xffff ? port : undefined;
}

function backlogOf(value: unknown): { backlog?: number } {
  return typeof value === 'number' ? { backlog: value } : {};
}
