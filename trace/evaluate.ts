// The whole trace check on already-read inputs: parse, scan, join, check,
// render. Pure, so the CLI's behaviour is testable without files.
import { buildMatrix, staleCells, untestedNormative } from './matrix.js';
import { renderJson, renderText } from './render.js';
import { parseSpec } from './spec-parser.js';
import { writeTestsColumn } from './spec-writer.js';
import { scanTags } from './tag-scanner.js';
import type { Problem } from './types.js';

export interface SourceFile {
  /** Path relative to the project root, with `/` separators. */
  file: string;
  text: string;
}

export interface TraceOptions {
  write: boolean;
  strict: boolean;
  json: boolean;
}

export interface TraceResult {
  output: string;
  problems: Problem[];
  /** With `write`: the spec text with regenerated Tests cells. */
  specText?: string;
}

export function evaluate(spec: SourceFile, sources: SourceFile[], options: TraceOptions): TraceResult {
  const doc = parseSpec(spec.text, spec.file);
  const scans = sources.map((s) => scanTags(s.text, s.file));
  const matrix = buildMatrix(
    doc.clauses,
    scans.flatMap((s) => s.tags),
  );
  const problems = [
    ...doc.problems,
    ...scans.flatMap((s) => s.problems),
    ...matrix.problems,
    ...(options.write ? [] : staleCells(matrix, spec.file)),
    ...(options.strict ? untestedNormative(matrix, spec.file) : []),
  ].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line));
  return {
    output: options.json ? renderJson(matrix, problems) : renderText(matrix, doc.sections),
    problems,
    specText: options.write ? writeTestsColumn(spec.text, matrix) : undefined,
  };
}
