// Shapes shared by the trace modules. All of them are plain data.

/** One thing wrong, located so that an editor can jump to it. */
export interface Problem {
  file: string;
  line: number;
  message: string;
}

export const KINDS = ['normative', 'informative', 'platform', 'retired'] as const;
export type Kind = (typeof KINDS)[number];

/** Position of a table cell inside its line: the raw text between two pipes. */
export interface CellSpan {
  start: number;
  end: number;
  text: string;
}

/** `doc`: the cluster doc page (tier 1); `node`: what Node does beyond that page (tier 2, slugs `node.*`). */
export type Tier = 'doc' | 'node';

export interface Section {
  title: string;
  slug: string;
  /** Anchor on the cluster page (`cluster.html#<anchor>`); empty for Node-tier sections, whose clauses name their sources. */
  anchor: string;
  tier: Tier;
  line: number;
}

/** Where a Node-tier clause comes from, read from its Source cell. */
export interface ClauseSource {
  /** Statements on other Node doc pages, as `net.html#anchor`. */
  docs: string[];
  /** Observed identically on the Node versions SPEC.md names, where the docs are silent. */
  observed: boolean;
  /** Applies only to runtimes reporting this Node version or later: [major, minor]. */
  since?: [number, number];
  /** The Finding this clause states as Node's behaviour. */
  finding?: string;
  /** Cluster-page clauses this one stands in for in the node profile (Node contradicts them). */
  replaces: string[];
}

export interface Clause {
  id: string;
  section: Section;
  kind: Kind;
  requirement: string;
  /** Node-tier clauses only. */
  source?: ClauseSource;
  /** 1-based line of the clause row in SPEC.md. */
  line: number;
  /** The Tests cell as written, so that it can be compared and rewritten in place. */
  tests: CellSpan;
}

/** A test declared with `{ name: '...', clauses: [...] }` in a test source. */
export interface Tag {
  file: string;
  line: number;
  name: string;
  clauses: string[];
}

export interface TestRef {
  file: string;
  line: number;
  name: string;
}
