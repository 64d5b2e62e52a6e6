// The conformance matrix as plain data: clauses (rows) × runtime/target runs (columns). Built from
// SPEC.md, the test tags and one runner JSON report per run; every renderer reads only this (pure).
import type { Report, Status } from '../runner/results.js';
import { formatSuiteVersion, type SuiteVersion } from '../runner/suite-version.js';
import { describeSince } from '../trace/clause-source.js';
import { profilesOf, PROFILES, type Profile } from '../trace/profiles.js';
import type { Clause, Section, Tag, Tier } from '../trace/types.js';

export type CellStatus = 'pass' | 'fail' | 'skip' | 'unavailable';
export type TargetName = 'node:cluster' | 'reference' | 'reference-node';

/** The profile each target's run is gated on: the reference's Node-compatible mode answers to the node profile. */
export const TARGET_PROFILE: Record<TargetName, Profile> = { 'node:cluster': 'doc', reference: 'doc', 'reference-node': 'node' };

/** Clauses passed and failed in one profile (cells that ran; skipped and unavailable ones are not counted). */
export interface ProfileScore {
  passed: number;
  failed: number;
  total: number;
}

/** One run: a runtime (fetched as `runtime`, e.g. node22) with one target. */
export interface MatrixColumn {
  /** `<runtime>/<target>`, e.g. `node22/node:cluster`: stable, used as a key. */
  id: string;
  runtime: string;
  /** Kind and version as the runtime reported them, e.g. `Node 22.23.3`; the runtime key when unavailable. */
  runtimeLabel: string;
  version?: string;
  target: TargetName;
  available: boolean;
  /** Why the column has no results (install failed, binary did not start, run crashed). */
  reason?: string;
  summary: { total: number; passed: number; failed: number; skipped: number; durationMs: number };
  /** Clause scores per profile, from the cells (absent in a matrix.json from before profiles). */
  scores?: Record<Profile, ProfileScore>;
}

export interface MatrixCell {
  status: CellStatus;
  /** Failure messages of the failing tests (one per line), or the reason of a skip. */
  message?: string;
  /** The Finding of SPEC.md when the failure is a known, recorded one (an expectations entry). */
  finding?: string;
  /** Failed in some of the repeated runs only (`npm run matrix -- --repeat N`). */
  intermittent?: boolean;
}

export interface TestLink {
  name: string;
  file: string;
  line: number;
}

export interface MatrixRow {
  clause: string;
  section: string;
  kind: string;
  requirement: string;
  /** 1-based line of the clause in SPEC.md. */
  specLine: number;
  /** Anchor of the clause's section in the Node.js cluster doc (`cluster.html#<docAnchor>`); empty in the Node tier. */
  docAnchor: string;
  /** `doc`: a clause of the cluster page; `node`: of the Node tier (absent in a matrix.json from before tiers: doc). */
  tier?: Tier;
  /** The profiles the clause counts in. */
  profiles?: Profile[];
  /** Node-tier clauses: the other Node doc pages stating them (`net.html#…`), `observed`, and `Node ≥ X.Y`. */
  source?: { docs: string[]; observed: boolean; since?: string; finding?: string; replaces: string[] };
  tests: TestLink[];
  /** Keyed by column id. */
  cells: Record<string, MatrixCell>;
}

export interface ConformanceMatrix {
  generatedAt: string;
  /** e.g. `linux x64, 2 cores`. */
  machine: string;
  command: string;
  /** The suite that produced the results (from the runs' reports); absent in a matrix.json written before it was recorded. */
  suite?: SuiteVersion;
  sections: { slug: string; title: string; docAnchor: string }[];
  columns: MatrixColumn[];
  /** Clauses with at least one result, in SPEC.md order. */
  rows: MatrixRow[];
}

/** Which suite produced the results, for the reports' headers. */
export function suiteLabel(matrix: ConformanceMatrix): string {
  return matrix.suite ? formatSuiteVersion(matrix.suite) : 'not recorded (this matrix.json predates suite versions)';
}

/** The columns of one runtime, and the column that names it: one that ran, when any did (it knows the version). */
export interface RuntimeGroup {
  runtime: string;
  columns: MatrixColumn[];
  representative: MatrixColumn;
}

/** Columns grouped by runtime, in first-seen order. */
export function runtimeGroups(columns: MatrixColumn[]): RuntimeGroup[] {
  const groups = new Map<string, MatrixColumn[]>();
  for (const column of columns) groups.set(column.runtime, [...(groups.get(column.runtime) ?? []), column]);
  return [...groups].map(([runtime, group]) => ({ runtime, columns: group, representative: group.find((c) => c.available) ?? group[0] }));
}

/** What one run produced: a report, or the reason there is none. */
export interface RunOutcome {
  runtime: string;
  target: TargetName;
  report?: Report;
  reason?: string;
}

const FINDING = /\b(F-\d{2})\b/;

/** Folds the results of one clause in one run into a cell: any failure fails it; all skipped skips it. */
export function foldCell(results: { status: Status; message: string; test: string }[]): MatrixCell | undefined {
  if (results.length === 0) return undefined;
  const failing = results.filter((r) => r.status === 'fail' || r.status === 'xfail');
  if (failing.length > 0) {
    // Known only when every failure was expected and cites a Finding; the cell carries the first one.
    const findings = failing.map((r) => (r.status === 'xfail' ? FINDING.exec(r.message)?.[1] : undefined));
    const message = failing.map((r) => `${r.test}: ${r.message}`).join('\n');
    const known = findings.every((f) => f !== undefined) ? { finding: findings[0] } : {};
    const intermittent = failing.every((r) => r.message.startsWith('intermittent: ')) ? { intermittent: true } : {};
    return { status: 'fail', message, ...known, ...intermittent };
  }
  if (results.every((r) => r.status === 'skip')) return { status: 'skip', message: results.map((r) => r.message).join('\n') };
  return { status: 'pass' };
}

function runtimeLabel(report: Report): string {
  const names: Record<string, string> = { node: 'Node', bun: 'Bun', deno: 'Deno' };
  return `${names[report.runtime.name] ?? report.runtime.name} ${report.runtime.version}`;
}

function column(outcome: RunOutcome, cells: Map<string, MatrixCell>): MatrixColumn {
  const id = `${outcome.runtime}/${outcome.target}`;
  const base = { id, runtime: outcome.runtime, target: outcome.target };
  if (!outcome.report) {
    const summary = { total: 0, passed: 0, failed: 0, skipped: 0, durationMs: 0 };
    return { ...base, runtimeLabel: outcome.runtime, available: false, reason: outcome.reason ?? 'no report', summary };
  }
  const statuses = [...cells.values()].map((c) => c.status);
  const count = (s: CellStatus) => statuses.filter((x) => x === s).length;
  return {
    ...base,
    runtimeLabel: runtimeLabel(outcome.report),
    version: outcome.report.runtime.version,
    available: true,
    summary: { total: statuses.length, passed: count('pass'), failed: count('fail'), skipped: count('skip'), durationMs: outcome.report.summary.durationMs },
  };
}

/** A column's clause scores per profile, from the rows' cells (skipped and unavailable cells are not counted). */
export function columnScores(rows: readonly MatrixRow[], columnId: string): Record<Profile, ProfileScore> {
  const score = (profile: Profile): ProfileScore => {
    const counted = rows.filter((row) => (row.profiles ?? ['doc']).includes(profile)).map((row) => row.cells[columnId]?.status);
    const passed = counted.filter((s) => s === 'pass').length;
    const failed = counted.filter((s) => s === 'fail').length;
    return { passed, failed, total: passed + failed };
  };
  return Object.fromEntries(PROFILES.map((p) => [p, score(p)])) as Record<Profile, ProfileScore>;
}

/** Each available column with its scores over `rows`. */
function withScores(columns: MatrixColumn[], rows: readonly MatrixRow[]): MatrixColumn[] {
  return columns.map((column) => (column.available ? { ...column, scores: columnScores(rows, column.id) } : column));
}

/** The rows' SPEC.md-derived fields of a clause. */
function clauseFields(clause: Clause, profiles: Map<string, Profile[]>): Pick<MatrixRow, 'section' | 'kind' | 'requirement' | 'specLine' | 'docAnchor' | 'tier' | 'profiles' | 'source'> {
  const { source } = clause;
  return {
    section: clause.section.slug,
    kind: clause.kind,
    requirement: clause.requirement,
    specLine: clause.line,
    docAnchor: clause.section.anchor,
    tier: clause.section.tier,
    profiles: profiles.get(clause.id) ?? [],
    ...(source
      ? { source: { docs: source.docs, observed: source.observed, ...(source.since ? { since: describeSince(source) } : {}), ...(source.finding ? { finding: source.finding } : {}), replaces: source.replaces } }
      : {}),
  };
}

function testsOf(clause: string, tags: Tag[]): TestLink[] {
  return tags.filter((t) => t.clauses.includes(clause)).map(({ name, file, line }) => ({ name, file, line }));
}

export interface BuildInput {
  clauses: Clause[];
  sections: Section[];
  tags: Tag[];
  outcomes: RunOutcome[];
  generatedAt: string;
  machine: string;
  command: string;
}

export function buildMatrix(input: BuildInput): ConformanceMatrix {
  const profiles = profilesOf(input.clauses);
  const perColumn = input.outcomes.map((outcome) => {
    const byClause = new Map<string, Report['results']>();
    for (const result of outcome.report?.results ?? []) byClause.set(result.clause, [...(byClause.get(result.clause) ?? []), result]);
    const cells = new Map<string, MatrixCell>();
    for (const [clause, results] of byClause) cells.set(clause, foldCell(results)!);
    return { column: column(outcome, cells), cells };
  });
  const checked = new Set(perColumn.flatMap(({ cells }) => [...cells.keys()]));
  const rows = input.clauses
    .filter((clause) => checked.has(clause.id))
    .map((clause): MatrixRow => ({
      clause: clause.id,
      ...clauseFields(clause, profiles),
      tests: testsOf(clause.id, input.tags),
      cells: Object.fromEntries(
        perColumn.map(({ column, cells }) => [
          column.id,
          column.available ? (cells.get(clause.id) ?? { status: 'skip', message: 'no result in this run' }) : { status: 'unavailable', message: column.reason },
        ]),
      ),
    }));
  const usedSections = new Set(rows.map((r) => r.section));
  const suite = input.outcomes.find((outcome) => outcome.report)?.report?.suite;
  return {
    generatedAt: input.generatedAt,
    machine: input.machine,
    command: input.command,
    ...(suite ? { suite: { version: suite.version, spec: suite.spec } } : {}),
    sections: input.sections.filter((s) => usedSections.has(s.slug)).map((s) => ({ slug: s.slug, title: s.title, docAnchor: s.anchor })),
    columns: withScores(perColumn.map((p) => p.column), rows),
    rows,
  };
}

/** The rows' SPEC.md and test metadata brought up to date (lines move as SPEC.md is edited); results are kept. Clauses gone from SPEC.md are dropped. */
export function refreshMetadata(matrix: ConformanceMatrix, clauses: Clause[], tags: Tag[]): ConformanceMatrix {
  const byId = new Map(clauses.map((c) => [c.id, c]));
  const profiles = profilesOf(clauses);
  const rows = matrix.rows.flatMap((row): MatrixRow[] => {
    const clause = byId.get(row.clause);
    if (!clause) return [];
    return [{ ...row, ...clauseFields(clause, profiles), tests: testsOf(clause.id, tags) }];
  });
  return { ...matrix, columns: withScores(matrix.columns, rows), rows };
}
