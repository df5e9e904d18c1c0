/**
 * `flink-mem import <files…>`: an incident's artefacts (Flink and GC logs, metrics exports, Kubernetes/YARN events,
 * a configuration) → a scenario that replays it (models/incident/importArtefacts.ts), its fit and divergence.
 * Text output: what was read from where, cross-checks, failures, the fit; --json: the whole IncidentImport.
 */
import { importArtefacts, type IncidentImport } from '../../../models/incident/importArtefacts';
import { formatSimTime } from '../../../models/units/duration';
import { type SimulationIo, UsageError } from '../io';
import { toJson } from '../json';

export interface ImportCliOptions {
  readonly out?: string;
  readonly map?: readonly string[];
  readonly flinkVersion?: string;
  readonly json?: boolean;
  /** commander's `--no-fit`: false when given. */
  readonly fit?: boolean;
  readonly seed?: string;
}

function processMap(pairs: readonly string[]): Record<string, string> {
  const map: Record<string, string> = {};
  for (const pair of pairs) {
    const at = pair.lastIndexOf('=');
    if (at <= 0 || at === pair.length - 1) throw new UsageError(`--map wants <artefact id>=<process> (got '${pair}')`);
    map[pair.slice(0, at)] = pair.slice(at + 1);
  }
  return map;
}

export function importCommand(files: readonly string[], opts: ImportCliOptions, io: SimulationIo): number {
  const artefacts = files.map((path) => ({ name: path.split(/[\\/]/).pop() ?? path, text: io.readFile(path) }));
  const started = io.now();
  const result = importArtefacts(artefacts, {
    ...(opts.map && opts.map.length > 0 ? { processMap: processMap(opts.map) } : {}),
    ...(opts.flinkVersion ? { flinkVersion: opts.flinkVersion } : {}),
    ...(opts.seed ? { seed: opts.seed } : {}),
    fit: opts.fit !== false,
  });
  const wallMs = Math.round(io.now() - started);
  if (opts.out) {
    if (!io.writeFile) throw new UsageError('--out cannot be written here');
    io.writeFile(opts.out, result.scenarioYaml);
  }
  if (opts.json) {
    const { scenario: _loaded, ...rest } = result;
    io.out(`${toJson({ ...rest, scenarioId: result.scenario.id, wallMs })}\n`);
  } else io.out(importText(result, opts.out, wallMs));
  return 0;
}

function importText(r: IncidentImport, out: string | undefined, wallMs: number): string {
  const lines: string[] = ['read:'];
  for (const p of r.provenance) {
    lines.push(`  ${p.file} (${p.kind})`);
    for (const t of p.took) lines.push(`    → ${t}`);
    if (p.ignored.length > 0) lines.push(`    not read: ${p.ignored.length} (${p.ignored[0]}${p.ignored.length > 1 ? ', …' : ''})`);
  }
  for (const u of r.unread) lines.push(`  unread: ${u}`);
  if (r.crossChecks.length > 0) lines.push('', 'cross-checks:', ...r.crossChecks.map((n) => `  ${n.level} ${n.message}`));
  lines.push('', r.failures.length > 0 ? 'observed failures:' : 'observed failures: none');
  for (const f of r.failures) lines.push(`  ${formatSimTime(f.atMs)} ${f.kind} on ${f.process} (${f.source})`);
  if (r.fit) {
    lines.push('', 'fit:', ...r.fit.summary.map((s) => `  ${s}`));
    if (r.fit.explanation) lines.push('', 'why (simulated first failure):', `  ${r.fit.explanation}`);
  }
  lines.push('', out ? `scenario written to ${out} (${wallMs} ms)` : `scenario (${wallMs} ms):`);
  if (!out) lines.push(r.scenarioYaml.trimEnd());
  return `${lines.join('\n')}\n`;
}
