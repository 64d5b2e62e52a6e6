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

export interface Section {
  title: string;
  slug: string;
  anchor: string;
  line: number;
}

export interface Clause {
  id: string;
  section: Section;
  kind: Kind;
  requirement: string;
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
