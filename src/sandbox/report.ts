/**
 * A postmortem report of a run, as a zip anyone can open and reproduce from: `report.md` (the run,
 * its timeline with the author's annotations, what failed and why, peaks against limits, the charts),
 * `charts/*.svg` (and `.png`), and the scenario file with its seed. Pure: the page gathers the inputs.
 */
import { strToU8, zipSync } from 'fflate';
import { compactSize } from '../../models/units/memorySize';
import { formatSimTime } from '../../models/units/duration';
import type { ObservedMetricSeries } from '../../models/artefacts/observedSeries';
import type { ArtefactKind, ObservedFailure, Provenance } from '../../models/incident/types';
import type { FitReport } from '../../models/fit/types';
import type { Note } from '../../models/config/note';

/** An imported incident (issue 15, item 4): where each input came from, what the artefacts show, the fit and its quality. */
export interface ReportIncident {
  readonly files: readonly { readonly name: string; readonly kind: ArtefactKind | undefined }[];
  readonly provenance: readonly Provenance[];
  readonly failures: readonly ObservedFailure[];
  readonly crossChecks: readonly Note[];
  readonly fit: FitReport | undefined;
  /** Why the fit failed, when it did (the scenario is then the unfitted reading). */
  readonly fitError: string | undefined;
  /** Every observed series (the overlay and the rest), written to observed.csv. */
  readonly series: readonly ObservedMetricSeries[];
  readonly unread: readonly string[];
}

export interface ReportTimelineEntry {
  readonly atMs: number;
  readonly kind: 'annotation' | 'failure' | 'fault' | 'restart';
  readonly process: string;
  readonly text: string;
}

export interface ReportPeak {
  readonly process: string;
  readonly heapMaxBytes: number;
  readonly heapPeakBytes: number;
  readonly directLimitBytes: number;
  readonly directPeakBytes: number;
  readonly rssPeakBytes: number;
  /** 0 when only the host limits it. */
  readonly containerLimitBytes: number;
}

export interface ReportInput {
  readonly title: string;
  readonly scenarioId: string;
  readonly fileName: string;
  readonly seed: string;
  readonly flinkVersion: string | undefined;
  readonly durationMs: number;
  /** The report covers the run up to here. */
  readonly cursorMs: number;
  readonly traceHash: string;
  readonly yamlText: string;
  readonly shareLink: string | undefined;
  readonly timeline: readonly ReportTimelineEntry[];
  /** One causal explanation per cause of failure, in time order (the first of each), with the changes it suggests. */
  readonly explanations: readonly {
    readonly atMs: number;
    readonly process: string;
    readonly text: string;
    readonly suggestions?: readonly string[];
    /** The failures of the same cause this one is the first of. */
    readonly repeats?: { readonly count: number; readonly lastAtMs: number; readonly processes: readonly string[] };
  }[];
  readonly peaks: readonly ReportPeak[];
  /** Chart files by process: SVG text, and PNG bytes when rendered. */
  readonly charts: readonly { readonly process: string; readonly svg: string; readonly png: Uint8Array | undefined }[];
  /** The incident the scenario was imported from, if it was. */
  readonly incident?: ReportIncident;
}

const size = (b: number) => compactSize(BigInt(Math.max(0, Math.round(b))));
/** Table cells are one line; pipes would split them. */
const cell = (text: string) => text.replace(/\r?\n/g, ' ').replace(/\|/g, '\\|');
const LIMIT_TIMELINE = 60;

export function reportMarkdown(r: ReportInput): string {
  const lines: string[] = [];
  const scenarioFile = `scenario-${r.scenarioId}.yaml`;
  lines.push(`# ${r.title} — postmortem report`, '');
  lines.push(
    `Scenario \`${r.scenarioId}\` · seed \`${r.seed}\`${r.flinkVersion ? ` · Flink ${r.flinkVersion}` : ''} · ${formatSimTime(r.cursorMs)} of ${formatSimTime(r.durationMs)} simulated · trace hash \`${r.traceHash}\``,
    '',
  );
  lines.push(`**Reproduce it**: the scenario is in this archive (\`${scenarioFile}\`).`, '');
  lines.push(
    '```sh',
    `flink-mem run ${scenarioFile} --seed ${r.seed} --duration ${r.cursorMs}ms --json   # traceHash ${r.traceHash}`,
    '```',
    '',
  );
  if (r.shareLink) lines.push(`Or open it in the sandbox at this moment: <${r.shareLink}>`, '');

  lines.push('## Timeline', '');
  const notes = r.timeline.filter((t) => t.kind === 'annotation');
  const shown = [...notes, ...r.timeline.filter((t) => t.kind !== 'annotation').slice(0, LIMIT_TIMELINE)].sort((a, b) => a.atMs - b.atMs);
  if (shown.length === 0) lines.push('Nothing failed and nothing was noted up to this moment.', '');
  else {
    lines.push('| time | | process | what |', '|---|---|---|---|');
    for (const t of shown)
      lines.push(`| ${formatSimTime(t.atMs)} | ${t.kind === 'annotation' ? '📌 note' : t.kind} | ${t.process} | ${cell(t.text)} |`);
    const hidden = r.timeline.filter((t) => t.kind !== 'annotation').length - LIMIT_TIMELINE;
    if (hidden > 0) lines.push('', `(${hidden} more events up to ${formatSimTime(r.cursorMs)}: see the sandbox's event log)`);
    lines.push('');
  }

  lines.push('## What failed and why', '');
  if (r.explanations.length === 0) lines.push('No failure up to this moment.', '');
  for (const e of r.explanations) {
    const repeats =
      e.repeats && e.repeats.count > 1
        ? ` — the first of ${e.repeats.count.toLocaleString('en-US')} failures of this cause (${e.repeats.processes.join(', ')}; the last at ${formatSimTime(e.repeats.lastAtMs)})`
        : '';
    lines.push(`**${formatSimTime(e.atMs)} · ${e.process}**${repeats}`, '', e.text, '');
    for (const s of e.suggestions ?? []) lines.push(`- ${s}`);
    if ((e.suggestions ?? []).length > 0) lines.push('');
  }

  lines.push('## Peaks against limits', '');
  lines.push('| process | heap peak / -Xmx | direct peak / limit | RSS peak / container limit | headroom |', '|---|---|---|---|---|');
  for (const p of r.peaks) {
    const headroom =
      p.containerLimitBytes > 0
        ? `${(((p.containerLimitBytes - p.rssPeakBytes) / p.containerLimitBytes) * 100).toFixed(1)} %`
        : 'no container limit';
    lines.push(
      `| ${p.process} | ${size(p.heapPeakBytes)} / ${size(p.heapMaxBytes)} | ${size(p.directPeakBytes)} / ${size(p.directLimitBytes)} | ${size(p.rssPeakBytes)} / ${p.containerLimitBytes > 0 ? size(p.containerLimitBytes) : '—'} | ${headroom} |`,
    );
  }
  lines.push('');

  if (r.incident) lines.push(...incidentMarkdown(r.incident));

  lines.push('## Charts', '');
  for (const c of r.charts) lines.push(`![${c.process}](charts/${c.process}.svg)`, '');
  return lines.join('\n');
}

/** The report as a zip: report.md, charts/, the scenario file. Entries carry a fixed date, so the same input gives the same bytes. */
export function reportZip(r: ReportInput): Uint8Array {
  const mtime = new Date(Date.UTC(2000, 0, 1));
  const files: Record<string, [Uint8Array, { mtime: Date }]> = {
    'report.md': [strToU8(reportMarkdown(r)), { mtime }],
    [`scenario-${r.scenarioId}.yaml`]: [strToU8(r.yamlText), { mtime }],
  };
  if (r.incident) files['observed.csv'] = [strToU8(observedCsv(r.incident.series)), { mtime }];
  for (const c of r.charts) {
    files[`charts/${c.process}.svg`] = [strToU8(c.svg), { mtime }];
    if (c.png) files[`charts/${c.process}.png`] = [c.png, { mtime }];
  }
  return zipSync(files, { level: 6 });
}

const pct = (relative: number) => `${(relative * 100).toFixed(relative >= 0.1 ? 0 : 1)} %`;
const when = (ms: number | undefined) => (ms === undefined ? 'none' : formatSimTime(ms));

/** The incident's sections: the fit and its quality, the observed failures and series, cross-checks, provenance. */
function incidentMarkdown(i: ReportIncident): string[] {
  const lines: string[] = ['## The incident this replay was fitted to', ''];
  lines.push(`Imported from ${i.files.map((f) => `\`${f.name}\``).join(', ')}; the observed series are in \`observed.csv\`.`, '');
  lines.push('### Fit', '');
  if (i.fitError) lines.push(`The fit failed (${cell(i.fitError)}): the scenario is the unfitted reading.`, '');
  else if (!i.fit) lines.push('Not fitted.', '');
  else {
    for (const p of i.fit.parameters)
      lines.push(
        `- ${p.text} — \`${p.name}\` = ${p.value} ${p.unit} (${p.method}, ${p.points} points${p.r2 !== undefined ? `, R² ${p.r2.toFixed(2)}` : ''}) ${p.drives ? `→ ${p.drives}` : '· also seen, not modelled'}`,
      );
    if (i.fit.parameters.length > 0) lines.push('');
    const f = i.fit.firstFailure;
    if (f) lines.push(`First failure (${f.kind}, ${f.process}): observed ${when(f.observedMs)}, simulated ${when(f.simulatedMs)}.`, '');
    if (i.fit.series.length > 0) {
      lines.push('| process | metric | RMSE | limit | RMSE / limit | points |', '|---|---|---|---|---|---|');
      for (const d of i.fit.series)
        lines.push(`| ${d.process} | ${d.metric} | ${size(d.rmseBytes)} | ${size(d.limitBytes)} | ${pct(d.rmseRelative)} | ${d.points} |`);
      lines.push('');
    }
    for (const s of i.fit.summary) lines.push(s, '');
    if (i.fit.explanation) lines.push(`**Why the simulated run failed**: ${i.fit.explanation}`, '');
  }
  lines.push('### Observed failures', '');
  if (i.failures.length === 0) lines.push('The artefacts show no failure.', '');
  else {
    lines.push('| time | kind | process | as printed | where |', '|---|---|---|---|---|');
    for (const f of i.failures) lines.push(`| ${formatSimTime(f.atMs)} | ${f.kind} | ${f.process} | ${cell(f.text)} | ${cell(f.source)} |`);
    lines.push('');
  }
  lines.push('### Observed series', '');
  lines.push('| process | metric | as the file names it | samples | from | to | last value |', '|---|---|---|---|---|---|---|');
  for (const s of i.series) {
    const last = s.values[s.values.length - 1];
    const value = last === undefined ? '—' : s.unit === 'bytes' ? size(last) : `${last} ${s.unit}`;
    lines.push(
      `| ${s.process} | ${s.metric} | ${cell(s.name)} | ${s.values.length} | ${when(s.tMs[0])} | ${when(s.tMs[s.tMs.length - 1])} | ${value} |`,
    );
  }
  lines.push('');
  if (i.crossChecks.length > 0) {
    lines.push("### Cross-checks against Flink's derivation", '');
    for (const n of i.crossChecks) lines.push(`- ${n.level}: ${n.message}`);
    lines.push('');
  }
  lines.push('### Provenance', '');
  for (const p of i.provenance) {
    lines.push(`- \`${p.file}\` (${p.kind})`);
    for (const t of p.took) lines.push(`  - → ${t}`);
    for (const t of p.ignored) lines.push(`  - not used: ${t}`);
  }
  for (const u of i.unread) lines.push(`- not read: ${u}`);
  lines.push('');
  return lines;
}

/** The observed series in long form, one sample a row (times on the replay's axis, values in bytes, ms or counts). */
function observedCsv(series: readonly ObservedMetricSeries[]): string {
  const quote = (v: string) => (/[",\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
  const rows = ['timeMs,process,metric,unit,name,value'];
  for (const s of series) s.tMs.forEach((t, k) => rows.push(`${t},${s.process},${s.metric},${s.unit},${quote(s.name)},${s.values[k]}`));
  return `${rows.join('\n')}\n`;
}
