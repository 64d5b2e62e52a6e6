// Pure SVG chart primitives: strings in, strings out, no I/O.

const palette = ['#4e79a7', '#f28e2b', '#e15759', '#76b7b2', '#59a14f', '#edc948', '#b07aa1', '#ff9da7', '#9c755f', '#bab0ac'];
const colour = (i: number): string => palette[i % palette.length]!;

export function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

interface TextStyle {
  size?: number;
  bold?: boolean;
  fill?: string;
}
function text(x: number, y: number, s: string, style: TextStyle = {}): string {
  const weight = style.bold ? ' font-weight="bold"' : '';
  return `<text x="${x}" y="${y}" font-family="sans-serif" font-size="${style.size ?? 12}" fill="${style.fill ?? 'black'}"${weight}>${escapeXml(s)}</text>`;
}

function frame(minWidth: number, height: number, title: string, body: string[]): string {
  const width = Math.max(minWidth, 20 + title.length * 8); // ~8 px per bold 14 px character
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">`,
    `<rect width="${width}" height="${height}" fill="white"/>`,
    text(10, 20, title, { size: 14, bold: true }),
    ...body,
    '</svg>',
    '',
  ].join('\n');
}

export interface ShareRow {
  label: string;
  /** Raw counts per worker; drawn as shares of their sum. */
  values: number[];
}

/** One 100 % bar per row, a segment per worker; dashed lines mark where an even split's boundaries would be. */
export function stackedShares(title: string, rows: ShareRow[]): string {
  const labelWidth = 230;
  const barWidth = 500;
  const rowHeight = 22;
  const body: string[] = [];
  rows.forEach((row, r) => {
    const y = 36 + r * rowHeight;
    const total = row.values.reduce((a, b) => a + b, 0);
    body.push(text(10, y + 14, row.label));
    let x = labelWidth;
    row.values.forEach((v, i) => {
      const w = total === 0 ? 0 : (v / total) * barWidth;
      body.push(`<rect x="${x.toFixed(1)}" y="${y}" width="${w.toFixed(1)}" height="${rowHeight - 4}" fill="${colour(i)}"><title>worker ${i + 1}: ${v} (${total ? ((100 * v) / total).toFixed(1) : 0} %)</title></rect>`);
      if (w > 34) body.push(text(x + 3, y + 13, `${Math.round((100 * v) / total)}%`, { size: 10, fill: 'white' }));
      x += w;
    });
    for (let k = 1; k < row.values.length; k++) {
      const even = labelWidth + (k * barWidth) / row.values.length;
      body.push(`<line x1="${even}" y1="${y - 1}" x2="${even}" y2="${y + rowHeight - 3}" stroke="black" stroke-dasharray="2,2"/>`);
    }
  });
  return frame(labelWidth + barWidth + 20, 46 + rows.length * rowHeight, title, body);
}

export interface BarGroup {
  label: string;
  bars: Array<{ series: string; value: number }>;
}

/** Vertical bars grouped by `label`, one colour per series, with a legend. */
export function groupedBars(title: string, unit: string, groups: BarGroup[]): string {
  const series = [...new Set(groups.flatMap((g) => g.bars.map((b) => b.series)))];
  const max = Math.max(1, ...groups.flatMap((g) => g.bars.map((b) => b.value)));
  const barWidth = 22;
  const groupWidth = series.length * barWidth + 30;
  const plotTop = 50;
  const plotHeight = 220;
  const left = 70;
  const body: string[] = [text(10, 38, unit, { size: 11 })];
  for (const f of [0, 0.5, 1]) {
    const y = plotTop + plotHeight * (1 - f);
    body.push(`<line x1="${left - 5}" y1="${y}" x2="${left + groups.length * groupWidth}" y2="${y}" stroke="#ddd"/>`, text(5, y + 4, Math.round(max * f).toLocaleString('en-US'), { size: 10 }));
  }
  groups.forEach((g, gi) => {
    const x0 = left + gi * groupWidth;
    for (const bar of g.bars) {
      const h = (bar.value / max) * plotHeight;
      const x = x0 + series.indexOf(bar.series) * barWidth;
      body.push(`<rect x="${x}" y="${(plotTop + plotHeight - h).toFixed(1)}" width="${barWidth - 3}" height="${h.toFixed(1)}" fill="${colour(series.indexOf(bar.series))}"><title>${escapeXml(`${bar.series} ${g.label}: ${Math.round(bar.value)}`)}</title></rect>`);
    }
    body.push(text(x0, plotTop + plotHeight + 16, g.label));
  });
  const legendTop = plotTop + plotHeight + 30;
  series.forEach((s, i) => {
    body.push(`<rect x="${left}" y="${legendTop + i * 16}" width="10" height="10" fill="${colour(i)}"/>`, text(left + 15, legendTop + i * 16 + 9, s));
  });
  return frame(Math.max(360, left + groups.length * groupWidth + 20), legendTop + series.length * 16 + 10, title, body);
}
