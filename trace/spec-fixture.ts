// Builds small SPEC.md texts for the trace tests.

export interface FixtureSection {
  title: string;
  slug: string;
  /** Omitted for a Node-tier section (its table has a Source column). */
  anchor?: string;
  rows: string[];
}

export function specText(sections: FixtureSection[]): string {
  const blocks = sections.map((s) =>
    [
      `## ${s.title}`,
      '',
      s.anchor === undefined ? `Slug: \`${s.slug}\` · Tier: node` : `Slug: \`${s.slug}\` · Anchor: \`cluster.html#${s.anchor}\``,
      '',
      s.anchor === undefined ? '| ID | Kind | Source | Requirement | Tests |' : '| ID | Kind | Requirement | Tests |',
      s.anchor === undefined ? '| --- | --- | --- | --- | --- |' : '| --- | --- | --- | --- |',
      ...s.rows,
    ].join('\n'),
  );
  return ['# SPEC', '', ...blocks.flatMap((b) => [b, '']), '## Findings', '', 'None.', ''].join('\n');
}

/** A valid two-section spec: worker.kill (2 normative + 1 informative) and cluster.fork (1 platform). */
export function sampleSpec(extraKillRows: string[] = []): string {
  return specText(sampleSections(extraKillRows));
}

function sampleSections(extraKillRows: string[] = []): FixtureSection[] {
  return [
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
  ];
}

/** The sample spec plus a Node-tier section: one observed clause, one replacing worker.kill-01 (F-16), one from Node 22.12. */
export function sampleSpecWithNodeTier(extraRows: string[] = []): string {
  return specText([
    ...sampleSections(),
    {
      title: 'Node: findings',
      slug: 'node.findings',
      rows: [
        '| node.findings-01 | normative | observed · F-16 · replaces `worker.kill-01` | Ends the worker with code 0. | — |',
        '| node.findings-02 | normative | `net.html#serverlistenoptions-callback` · Node ≥ 22.12 | Binds in the worker. | — |',
        '| node.findings-03 | informative | observed | Some note. | — |',
        ...extraRows,
      ],
    },
  ]);
}
