/**
 * Gathers a postmortem report from the page (src/sandbox/report.ts writes it): the run's identity,
 * the annotations and the notable events up to the cursor, the failures' explanations from the
 * worker, peaks against limits from the history, and every process chart as SVG and PNG.
 */
import { tick } from 'svelte';
import type { TraceEvent } from '../../../models/engine/trace';
import { columnIndex, WIDTH } from './chartPaths';
import { svgToPng } from './chartExport';
import { type ReportIncident, reportZip, type ReportPeak, type ReportTimelineEntry } from '../../sandbox/report';
import type { IncidentView } from './incidentImport.svelte';
import type { SandboxController } from './sandboxController.svelte';
import { markKind } from '../../sandbox/eventKinds';

/** Charts rasterised to PNG as well, up to this many processes (each takes a canvas render). */
const PNG_CHARTS = 12;

export async function buildReport(controller: SandboxController): Promise<Uint8Array> {
  const loaded = controller.loaded;
  const source = controller.source;
  if (!loaded || !source) throw new Error('load a scenario first');
  const charts = await collectCharts(controller);
  const [explanations, link] = await Promise.all([controller.explain(), controller.shareLink()]);
  return reportZip({
    title: loaded.title,
    scenarioId: loaded.id,
    fileName: source.fileName,
    seed: loaded.seed,
    flinkVersion: undefined,
    durationMs: loaded.durationMs,
    cursorMs: controller.nowMs,
    traceHash: controller.traceHash,
    yamlText: source.yamlText,
    shareLink: link ? `${window.location.origin}${window.location.pathname}#${link}` : undefined,
    timeline: timeline(controller),
    // The worker sends the first of each cause with how many it stands for (a restart loop repeats one story).
    explanations: explanations.slice(0, 6),
    peaks: peaks(controller),
    charts,
    ...(controller.incident ? { incident: incidentOf(controller.incident) } : {}),
  });
}

function incidentOf(view: IncidentView): ReportIncident {
  const r = view.result;
  return {
    files: view.files.map((f) => ({ name: f.name, kind: f.kind })),
    provenance: r.provenance,
    failures: r.failures,
    crossChecks: r.crossChecks,
    fit: r.fit,
    fitError: view.fitError,
    series: r.observed?.series ?? [],
    unread: r.unread,
  };
}

/** Every chart drawn (in view or not) and exported; PNGs for the first few. */
async function collectCharts(controller: SandboxController) {
  controller.drawEverything = true;
  try {
    await tick();
    await new Promise((done) => requestAnimationFrame(done));
    const names = controller.loaded?.processes.map((p) => p.name) ?? [];
    const out = [];
    for (const [i, process] of names.entries()) {
      const svg = controller.chartExports.get(process)?.() ?? '';
      if (svg === '') continue;
      const png = i < PNG_CHARTS ? new Uint8Array(await (await svgToPng(svg)).arrayBuffer()) : undefined;
      out.push({ process, svg, png });
    }
    return out;
  } finally {
    controller.drawEverything = false;
  }
}

function timeline(controller: SandboxController): ReportTimelineEntry[] {
  const notes = (controller.loaded?.annotations ?? [])
    .filter((a) => a.atMs <= controller.nowMs)
    .map((a): ReportTimelineEntry => ({ atMs: a.atMs, kind: 'annotation', process: '', text: a.text }));
  const events = controller.events.flatMap((e: TraceEvent): ReportTimelineEntry[] => {
    // The charts' marks (failures, restarts) and the injected faults; checkpoints are too many for a timeline.
    const mark = markKind(e);
    const kind = mark === 'failure' || mark === 'restart' ? mark : e.type === 'fault.injected' ? 'fault' : undefined;
    return kind ? [{ atMs: e.atMs, kind, process: e.process, text: e.message }] : [];
  });
  return [...notes, ...events].sort((a, b) => a.atMs - b.atMs);
}

/** The highest values of the history up to the cursor, per process. */
function peaks(controller: SandboxController): ReportPeak[] {
  const loaded = controller.loaded;
  if (!loaded) return [];
  const last = Math.floor(controller.nowMs / loaded.bucketMs);
  const peak = (process: number, key: Parameters<typeof columnIndex>[0]) => {
    const h = controller.histories[process];
    if (!h) return 0;
    const k = columnIndex(key);
    let top = 0;
    for (let b = 0; b < Math.min(h.filled, last + 1); b++) top = Math.max(top, (h.max[b * WIDTH + k] as number) || 0);
    return top;
  };
  return loaded.processes.map((p, i) => ({
    process: p.name,
    heapMaxBytes: p.heapMaxBytes,
    heapPeakBytes: peak(i, 'heapUsed'),
    directLimitBytes: p.directLimitBytes,
    directPeakBytes: peak(i, 'directUsed'),
    rssPeakBytes: peak(i, 'rss'),
    containerLimitBytes: p.containerLimitBytes,
  }));
}
