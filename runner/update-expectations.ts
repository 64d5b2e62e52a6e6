// `--update-expectations FILE` (pure part): the expectations file that matches a run. New failures are
// added to `all` with the first line of their message as reason and issue "untriaged" (to be replaced by
// a link); entries whose clause or test passed are removed from the section that held them.
import type { Expectation, ExpectationsFile } from './expectations.js';
import type { Result } from './results.js';
import type { Runtime } from './runtimes.js';

export interface ExpectationsUpdate {
  file: ExpectationsFile;
  added: string[];
  removed: string[];
}

/** Sections that apply to the runtime, most specific first (as in selectExpectations, reversed). */
function applicable(file: ExpectationsFile, runtime: Pick<Runtime, 'name' | 'version'>): Record<string, Expectation>[] {
  const runtimes = file.runtimes ?? {};
  const major = runtime.version.split('.')[0];
  return [runtimes[`${runtime.name}@${major}`], runtimes[runtime.name], file.all].filter((m): m is Record<string, Expectation> => m !== undefined);
}

function reasonOf(result: Result): string {
  const line = result.message.split('\n').find((l) => l.trim() !== '') ?? 'failed';
  const text = line.replace(/^[a-z.]+-\d{2}: /i, '');
  return text.length > 200 ? `${text.slice(0, 199)}…` : text;
}

export function updateExpectations(original: ExpectationsFile, results: readonly Result[], runtime: Pick<Runtime, 'name' | 'version'>): ExpectationsUpdate {
  const file: ExpectationsFile = structuredClone(original);
  file.all ??= {};
  const sections = applicable(file, runtime);
  const added: string[] = [];
  const removed: string[] = [];
  const remove = (key: string) => {
    const section = sections.find((s) => key in s);
    if (section) {
      delete section[key];
      removed.push(key);
    }
  };
  const holds = (key: string) => sections.some((s) => key in s);
  // Stale entries: a test-name entry that passed, or a clause entry none of whose tests failed.
  for (const result of results.filter((r) => r.status === 'xpass')) {
    if (holds(result.test)) remove(result.test);
    else if (holds(result.clause)) {
      const stillFailing = results.filter((r) => r.clause === result.clause && r.status === 'xfail' && !holds(r.test));
      const expectation = sections.find((s) => result.clause in s)![result.clause];
      remove(result.clause);
      for (const failing of stillFailing) {
        file.all[failing.test] = { ...expectation };
        added.push(failing.test);
      }
    }
  }
  // New failures: by clause when every test of the clause failed, else by test name.
  for (const result of results.filter((r) => r.status === 'fail')) {
    const wholeClause = results.filter((r) => r.clause === result.clause).every((r) => r.status === 'fail');
    const key = wholeClause ? result.clause : result.test;
    if (key in file.all) continue;
    file.all[key] = { status: 'fail', reason: reasonOf(result), issue: 'untriaged' };
    added.push(key);
  }
  return { file, added, removed };
}
