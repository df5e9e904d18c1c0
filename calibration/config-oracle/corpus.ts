/**
 * The real-file corpus (../config-corpus/: files and SOURCES.json, collected by issue 14's corpus part) as oracle
 * cases: the files that are a Flink configuration file themselves (kinds `flink-conf` and `config-yaml`); Kubernetes
 * resources, Helm values and compose files hold one inside and are not what GlobalConfiguration reads.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { OracleCase } from './cases';

const CORPUS_DIR = join(fileURLToPath(import.meta.url), '..', '..', 'config-corpus');

interface SourceEntry {
  readonly file: string;
  readonly url?: string;
  readonly kind?: string;
}

const KINDS: Readonly<Record<string, OracleCase['fileName']>> = { 'flink-conf': 'flink-conf.yaml', 'config-yaml': 'config.yaml' };

export function corpusCases(dir = CORPUS_DIR): OracleCase[] {
  const sources = join(dir, 'SOURCES.json');
  if (!existsSync(sources)) return [];
  const entries = JSON.parse(readFileSync(sources, 'utf8')) as SourceEntry[];
  return entries
    .filter((e) => e.kind !== undefined && KINDS[e.kind] !== undefined)
    .map((e) => ({
      id: `corpus-${e.file.replace(/\.ya?ml$/, '')}`,
      source: e.url ?? e.file,
      fileName: KINDS[e.kind as string],
      text: readFileSync(join(dir, e.file), 'utf8'),
    }));
}
