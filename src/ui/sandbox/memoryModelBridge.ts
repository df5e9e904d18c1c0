/**
 * The sandbox's way into the memory-model room: a scenario's Flink configuration as that room's
 * state (the same editor, the same derivation) and as a link to it.
 */
import { SELECTABLE_VERSIONS } from '../../../models/config/flinkVersion';
import type { CheckResult } from '../../sandbox/protocol';
import { ROOM_LINKS } from '../../rooms';
import { encodeState, type SharedState } from '../memoryModel/urlState';

export type CheckedScenario = Extract<CheckResult, { ok: true }>;

/** The memory-model room offers major.minor versions (and the patch releases that differ). */
export function selectableVersion(version: string): string {
  return (SELECTABLE_VERSIONS as readonly string[]).includes(version) ? version : version.split('.').slice(0, 2).join('.');
}

/** The scenario's TaskManager as the memory-model room's state. */
export function memoryModelState(r: CheckedScenario): SharedState {
  return {
    process: 'taskmanager',
    flinkVersion: selectableVersion(r.flink.version),
    deployment: r.deployment,
    entries: Object.entries(r.flink.config).map(([key, value]) => ({ key, value })),
    limit: r.taskManagerLimitBytes === undefined ? '' : String(r.taskManagerLimitBytes),
    slots: '',
  };
}

export function memoryModelLink(r: CheckedScenario): string {
  return `${ROOM_LINKS['memory-model']}#${encodeState(memoryModelState(r))}`;
}
