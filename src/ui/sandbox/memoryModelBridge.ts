/**
 * The sandbox's way into the memory-model room: a scenario's Flink configuration as that room's
 * state (the same editor, the same derivation) and as a link to it.
 */
import { parseFlinkVersion, selectableVersion } from '../../../models/config/flinkVersion';
import type { CheckResult } from '../../sandbox/protocol';
import { ROOM_LINKS } from '../../rooms';
import { encodeState, type SharedState } from '../memoryModel/urlState';

export type CheckedScenario = Extract<CheckResult, { ok: true }>;

/** The scenario's TaskManager as the memory-model room's state. */
export function memoryModelState(r: CheckedScenario): SharedState {
  return {
    process: 'taskmanager',
    flinkVersion: selectableVersion(parseFlinkVersion(r.flink.version)),
    deployment: r.deployment,
    entries: Object.entries(r.flink.config).map(([key, value]) => ({ key, value })),
    limit: r.taskManagerLimitBytes === undefined ? '' : String(r.taskManagerLimitBytes),
    slots: '',
  };
}

export function memoryModelLink(r: CheckedScenario): string {
  return `${ROOM_LINKS['memory-model']}#${encodeState(memoryModelState(r))}`;
}
