// Several checks (often in different spec-test files) read the same scenario:
// within one suite run, a fixture with the same arguments against the same
// target and runtime runs once and its result is shared.
import { runFixture, type FixtureRunResult, type RunFixtureOptions } from './run-fixture.js';

export class FixtureCache {
  private readonly runs = new Map<string, Promise<FixtureRunResult>>();

  run(name: string, options: Omit<RunFixtureOptions, 'signal' | 'marker'>): Promise<FixtureRunResult> {
    const key = JSON.stringify([name, options.target, options.runtime.path, options.runtimeArgs ?? [], options.args ?? [], options.env ?? {}]);
    let run = this.runs.get(key);
    if (!run) {
      run = runFixture(name, options);
      this.runs.set(key, run);
    }
    return run;
  }
}
