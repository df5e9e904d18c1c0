/** `flink-mem fit`: does the derived process fit a container limit, and which process size would. */
import { perSlotShare } from '../../../models/derivation/containerFit';
import { JM, TM } from '../../../models/config/options';
import type { FitReport } from '../../../models/memoryModel';
import { humanReadable as hr, MiB } from '../../../models/units/memorySize';
import { derivationJson } from './derive';

export function fitJson(report: FitReport, slots: number): Record<string, unknown> {
  const current = derivationJson(report.current, []);
  const processKey = report.current.process === 'taskmanager' ? TM.processSize.key : JM.processSize.key;
  return {
    ...(report.fit
      ? {
          limit: report.fit.limit,
          processSize: report.fit.processSize,
          fits: report.fit.fits,
          headroom: report.fit.headroom,
          headroomPercent: report.fit.headroomPercent,
          verdict: report.fit.verdict,
        }
      : { error: current.error }),
    perSlot: perSlot(report, slots),
    suggestedProcessSize: report.suggestedProcessSize,
    suggestedConfig: `${processKey}: ${report.suggestedProcessSize / MiB}m`,
    current,
    suggested: derivationJson(report.suggested, []),
  };
}

function perSlot(report: FitReport, slots: number): Record<string, bigint> | null {
  const current = report.current;
  if (!current.ok || current.process !== 'taskmanager') return null;
  const m = current.taskManager.memory;
  return {
    taskHeap: perSlotShare(m.taskHeap, slots),
    taskOffHeap: perSlotShare(m.taskOffHeap, slots),
    managed: perSlotShare(m.managed, slots),
    network: perSlotShare(m.network, slots),
  };
}

export function fitText(report: FitReport, slots: number): string {
  const lines: string[] = [];
  if (report.fit) lines.push(`${report.fit.fits ? 'FITS' : 'DOES NOT FIT'}: ${report.fit.verdict}`);
  else if (!report.current.ok) lines.push(`The current configuration does not derive: ${report.current.error.message}`);
  const shares = perSlot(report, slots);
  if (shares) {
    lines.push(
      '',
      `Per slot (${slots} slots): task heap ${hr(shares.taskHeap ?? 0n)}, task off-heap ${hr(shares.taskOffHeap ?? 0n)}, managed ${hr(shares.managed ?? 0n)}, network ${hr(shares.network ?? 0n)}`,
    );
  }
  const processKey = report.current.process === 'taskmanager' ? TM.processSize.key : JM.processSize.key;
  lines.push('', `For this limit set ${processKey}: ${report.suggestedProcessSize / MiB}m`);
  lines.push(report.suggested.ok ? '  which derives without errors.' : `  but then Flink refuses: ${report.suggested.error.message}`);
  return `${lines.join('\n')}\n`;
}
