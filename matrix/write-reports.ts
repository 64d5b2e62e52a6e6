// Writes the three outputs of a matrix: CONFORMANCE.md, conformance/index.html, conformance/matrix.json.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { ConformanceMatrix } from './model.js';
import { renderHtml } from './render-html.js';
import { renderMarkdown } from './render-markdown.js';

export interface ReportPaths {
  markdown: string;
  html: string;
  json: string;
}

export function reportPaths(out: string): ReportPaths {
  return { markdown: path.join(out, 'CONFORMANCE.md'), html: path.join(out, 'conformance', 'index.html'), json: path.join(out, 'conformance', 'matrix.json') };
}

/** A link from the folder of `from` to `to`, with forward slashes. */
function link(from: string, to: string): string {
  return path.relative(path.dirname(from), to).split(path.sep).join('/');
}

/** The three files' contents, with links relative to where each is written (pure). */
export function renderReports(matrix: ConformanceMatrix, paths: ReportPaths, root: string): Record<keyof ReportPaths, string> {
  const spec = path.join(root, 'SPEC.md');
  const source = `${path.relative(path.dirname(paths.html), root).split(path.sep).join('/')}/`;
  return {
    json: JSON.stringify(matrix, null, 1) + '\n',
    markdown: renderMarkdown(matrix, { spec: link(paths.markdown, spec), html: link(paths.markdown, paths.html), json: link(paths.markdown, paths.json) }),
    html: renderHtml(matrix, { spec: link(paths.html, spec), source }),
  };
}

export function writeReports(matrix: ConformanceMatrix, paths: ReportPaths, root: string): void {
  const contents = renderReports(matrix, paths, root);
  for (const key of ['json', 'markdown', 'html'] as const) {
    mkdirSync(path.dirname(paths[key]), { recursive: true });
    writeFileSync(paths[key], contents[key]);
  }
}
