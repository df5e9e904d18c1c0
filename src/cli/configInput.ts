/**
 * The configuration a command line describes: `--config FILE`s in order, then `-D key=value`
 * overrides (later wins), as Flink layers its config file and dynamic properties.
 */
import type { ConfigEntry } from '../../models/config/configuration';
import { ConfigFileError, parseConfigFile, parseDynamicProperty } from '../../models/config/configFiles';
import { DEFAULT_VERSION } from '../../models/config/flinkVersion';
import type { Deployment } from '../../models/derivation/legacyHeap';
import type { DeriveRequest } from '../../models/memoryModel';
import type { ProcessKind } from '../../models/config/options';
import { SELECTABLE_VERSIONS } from '../../models/config/flinkVersion';
import { readKubernetesInput, type KubernetesInput } from '../../models/config/kubernetes/manifests';
import { type OperatorVersion, OperatorVersionError, parseOperatorVersion } from '../../models/config/kubernetes/operatorVersions';
import { UsageError, type CliIo } from './io';
import { errnoText, InputFileError } from './files';

export interface ConfigOptions {
  process: string;
  flinkVersion?: string;
  config: string[];
  dynamic: string[];
  /** Undefined: standalone, or kubernetes when a --config file is a Kubernetes input. */
  deployment?: string;
  env: string[];
  /** The Flink Kubernetes Operator release (operatorVersions.ts); default the newest. */
  operatorVersion?: string;
}

const DEPLOYMENTS = ['standalone', 'yarn', 'kubernetes'] as const;

/** A config file that is not valid YAML: an invalid configuration (exit 1), not wrong usage. */
export class ConfigInputError extends Error {}

export interface ConfigInput {
  request: DeriveRequest;
  fileWarnings: string[];
  /** The Kubernetes inputs among the --config files (FlinkDeployment, Helm values, ConfigMap, manifests). */
  kubernetes: Array<{ file: string; input: KubernetesInput }>;
}

export function deriveRequest(opts: ConfigOptions, io: CliIo): ConfigInput {
  const process = oneOf(opts.process, ['taskmanager', 'jobmanager'] as const, '--process');

  const entries: ConfigEntry[] = [];
  const fileWarnings: string[] = [];
  const kubernetes: ConfigInput['kubernetes'] = [];
  const notFlink: string[] = [];
  const operatorVersion = operatorVersionOf(opts.operatorVersion);
  for (const path of opts.config) {
    let text: string;
    try {
      text = io.readFile(path);
    } catch (e) {
      throw new UsageError(`--config: ${e instanceof InputFileError ? e.message : `cannot read ${path}: ${errnoText(e)}`}`);
    }
    try {
      const k8s = readKubernetesInput(text, path, {
        ...(operatorVersion ? { operatorVersion } : {}),
        ...(opts.flinkVersion ? { flinkVersion: opts.flinkVersion } : {}),
      });
      if (k8s) {
        kubernetes.push({ file: path, input: k8s });
        entries.push(...k8s.entries);
        fileWarnings.push(...k8s.warnings);
        // Manifests with nothing Flink in them (a Service, a PVC…, Helm values of a layout not understood) are not a Flink configuration either.
        if (k8s.entries.length === 0) notFlink.push(k8s.kind === 'Helm values' ? `${path} (${k8s.notes.join(' ')})` : path);
        continue;
      }
      // Read as the chosen release reads it (its flink-conf.yaml line parser, or config.yaml's standard YAML).
      const parsed = parseConfigFile(text, path, { flinkVersion: opts.flinkVersion ?? DEFAULT_VERSION });
      entries.push(...parsed.entries);
      fileWarnings.push(...parsed.warnings);
      if (parsed.notFlink) notFlink.push(path);
    } catch (e) {
      if (e instanceof ConfigFileError) throw new ConfigInputError(e.message);
      throw e;
    }
  }
  // Nothing Flink would read: say so, rather than let the derivation answer "need to be configured explicitly".
  if (notFlink.length > 0 && notFlink.length === opts.config.length && opts.dynamic.length === 0)
    throw new ConfigInputError(`${notFlink.join(', ')}: this file does not look like a Flink configuration (no Flink keys found).`);
  for (const d of opts.dynamic) entries.push(dynamicProperty(d));
  const deployment = oneOf(opts.deployment ?? (kubernetes.length > 0 ? 'kubernetes' : 'standalone'), DEPLOYMENTS, '--deployment');
  const request: DeriveRequest = { process: process as ProcessKind, entries, deployment: deployment as Deployment, env: envOf(opts.env) };
  const flinkVersion = opts.flinkVersion ?? manifestVersion(kubernetes, fileWarnings);
  return { request: flinkVersion === undefined ? request : { ...request, flinkVersion }, fileWarnings, kubernetes };
}

/** A FlinkDeployment's `spec.flinkVersion` (v1_20 → 1.20) when --flink-version is not given and the version is modelled. */
function manifestVersion(kubernetes: ConfigInput['kubernetes'], warnings: string[]): string | undefined {
  const named = kubernetes.map((k) => k.input.flinkVersion).filter((v): v is string => v !== undefined);
  const version = named[named.length - 1];
  if (version === undefined) return undefined;
  if ((SELECTABLE_VERSIONS as readonly string[]).includes(version)) return version;
  warnings.push(`spec.flinkVersion names Flink ${version}, which is not modelled; give --flink-version.`);
  return undefined;
}

function operatorVersionOf(text: string | undefined): OperatorVersion | undefined {
  if (text === undefined) return undefined;
  try {
    return parseOperatorVersion(text);
  } catch (e) {
    if (e instanceof OperatorVersionError) throw new UsageError(`--operator-version: ${e.message}`);
    throw e;
  }
}

function dynamicProperty(text: string): ConfigEntry {
  try {
    return parseDynamicProperty(text);
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
}

function envOf(pairs: string[]): Record<string, string> {
  const env: Record<string, string> = {};
  for (const pair of pairs) {
    const eq = pair.indexOf('=');
    if (eq <= 0) throw new UsageError(`--env expects NAME=VALUE, got '${pair}'.`);
    env[pair.slice(0, eq)] = pair.slice(eq + 1);
  }
  return env;
}

function oneOf<T extends string>(value: string, allowed: readonly T[], flag: string): T {
  if (!(allowed as readonly string[]).includes(value))
    throw new UsageError(`${flag} must be one of ${allowed.join(', ')} (got '${value}').`);
  return value as T;
}
