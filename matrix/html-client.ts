// The report page's script: filters (mirrored in the URL hash) and the message panel. `main` runs in the
// browser; it is type-checked here and embedded as source text, with the pure filter functions passed in.
import { formatHash, parseHash, rowMatches, type Filter, type FilterRow } from './html-filter.js';

export interface PageCell {
  status: string;
  target: string;
  finding?: string;
  message?: string;
}

/** The JSON embedded in the page (`#matrix-data`): rows in table order, cells in column order. */
export interface PageData {
  columns: { id: string; label: string }[];
  rows: (FilterRow & { clause: string; cells: PageCell[] })[];
}

interface Deps {
  rowMatches: typeof rowMatches;
  parseHash: typeof parseHash;
  formatHash: typeof formatHash;
}

function main(deps: Deps): void {
  const byId = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
  const data = JSON.parse(byId('matrix-data').textContent ?? '') as PageData;
  const section = byId<HTMLSelectElement>('section-filter');
  const profile = byId<HTMLSelectElement>('profile-filter');
  const status = byId<HTMLSelectElement>('status-filter');
  const search = byId<HTMLInputElement>('search');
  const rows = [...document.querySelectorAll<HTMLTableRowElement>('tr[data-clause]')];
  const heads = [...document.querySelectorAll<HTMLTableRowElement>('tr[data-section-head]')];
  const rowData = new Map(data.rows.map((r) => [r.clause, r]));
  const columnIndex = new Map(data.columns.map((c, i) => [c.id, i]));

  const current = (): Filter => ({ section: section.value, profile: profile.value, status: status.value, q: search.value.trim() });
  const pick = (select: HTMLSelectElement, value: string, fallback: string) =>
    [...select.options].some((o) => o.value === value) ? value : fallback;

  function show(filter: Filter): void {
    const sections = new Set<string>();
    let shown = 0;
    for (const tr of rows) {
      const row = rowData.get(tr.dataset.clause ?? '');
      tr.hidden = row === undefined || !deps.rowMatches(row, filter);
      if (!tr.hidden) {
        shown += 1;
        sections.add(tr.dataset.section ?? '');
      }
    }
    for (const head of heads) head.hidden = !sections.has(head.dataset.sectionHead ?? '');
    byId('shown-count').textContent = `${shown} of ${rows.length} clauses shown`;
  }

  function restore(): void {
    const filter = deps.parseHash(location.hash);
    section.value = pick(section, filter.section, 'all');
    profile.value = pick(profile, filter.profile, 'all');
    status.value = pick(status, filter.status, 'any');
    search.value = filter.q;
    show(current());
  }

  function changed(): void {
    const filter = current();
    show(filter);
    const hash = deps.formatHash(filter);
    // replaceState: typing in the search box should not add a history entry per key.
    if (hash !== location.hash) history.replaceState(null, '', hash || location.pathname + location.search);
  }

  section.addEventListener('change', changed);
  profile.addEventListener('change', changed);
  status.addEventListener('change', changed);
  search.addEventListener('input', changed);
  window.addEventListener('hashchange', restore);
  restore();

  const panel = byId('details');
  let opener: HTMLButtonElement | undefined;
  function close(): void {
    panel.hidden = true;
    opener?.closest('td')?.classList.remove('selected');
    opener?.focus();
    opener = undefined;
  }
  document.querySelector('table.grid')?.addEventListener('click', (event) => {
    const button = (event.target as Element).closest<HTMLButtonElement>('button.cell');
    const clause = button?.closest('tr')?.dataset.clause;
    const column = button?.closest('td')?.dataset.column;
    const row = rowData.get(clause ?? '');
    const index = columnIndex.get(column ?? '');
    if (!button || !row || index === undefined) return;
    if (opener) close();
    const cell = row.cells[index];
    const known = cell?.finding ? ` (known failure, Finding ${cell.finding})` : '';
    byId('details-title').textContent = `${row.clause} on ${data.columns[index]?.label}: ${cell?.status}${known}`;
    byId('details-message').textContent = cell?.message ?? '';
    panel.hidden = false;
    opener = button;
    button.closest('td')?.classList.add('selected');
    panel.focus();
    // The scroll margins keep the cell clear of the panel, the sticky header and the sticky first column.
    button.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  });
  byId('details-close').addEventListener('click', close);
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && !panel.hidden) close();
  });
}

/** The page script: `main` applied to the filter functions, all as source text. */
export function clientScript(): string {
  return `(${main.toString()})({ rowMatches: ${rowMatches.toString()}, parseHash: ${parseHash.toString()}, formatHash: ${formatHash.toString()} });`;
}
