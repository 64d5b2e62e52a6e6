// Builds small SPEC.md texts for the trace tests.

export interface FixtureSection {
  title: string;
  slug: string;
  anchor: string;
  rows: string[];
}

export function specText(sections: FixtureSection[]): string {
  const blocks = sections.map((s) =>
    [
      `## ${s.title}`,
      '',
      `Slug: \`${s.slug}\` · Anchor: \`cluster.html#${s.anchor}\``,
      '',
      '| ID | Kind | Requirement | Tests |',
      '| --- | --- | --- | --- |',
      ...s.rows,
    ].join('\n'),
  );
  return ['# SPEC', '', ...blocks.flatMap((b) => [b, '']), '## Findings', '', 'None.', ''].join('\n');
}

/** A valid two-section spec: worker.kill (2 normative + 1 informative) and cluster.fork (1 platform). */
export function sampleSpec(extraKillRows: string[] = []): string {
  return specText([
    {
      title: 'worker.kill([signal])',
      slug: 'worker.kill',
      anchor: 'workerkillsignal',
      rows: [
        '| worker.kill-01 | normative | Ends the worker with SIGTERM by default. | — |',
        '| worker.kill-02 | normative | Uses the given signal \\| name. | — |',
        '| worker.kill-03 | informative | Some advice. | — |',
        ...extraKillRows,
      ],
    },
    {
      title: 'cluster.fork([env])',
      slug: 'cluster.fork',
      anchor: 'clusterforkenv',
      rows: ['| cluster.fork-01 | platform | Windows-only thing. Reason: needs Windows. | — |'],
    },
  ]);
}
