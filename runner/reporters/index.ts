// Reporter names the CLI accepts, each a pure function from a report to text.
import type { Report } from '../results.js';
import { jsonReport } from './json.js';
import { junitReport } from './junit.js';
import { markdownReport } from './markdown.js';
import { specReport } from './spec.js';
import { tapReport } from './tap.js';

export const REPORTERS: Record<string, (report: Report) => string> = {
  spec: specReport,
  tap: tapReport,
  json: jsonReport,
  junit: junitReport,
  markdown: markdownReport,
};
