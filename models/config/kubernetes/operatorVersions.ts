/**
 * The Flink Kubernetes Operator releases and the rules of its `FlinkDeployment` → Flink configuration
 * mapping that changed between them and change memory. The apiVersion (`flink.apache.org/v1beta1`) is
 * the same for every release, so the user names the release (`--operator-version`, the room's field);
 * the newest release is the default. Every rule cites its source in github:apache/flink-kubernetes-operator
 * at the tag named (FCB = flink-kubernetes-operator/src/main/java/org/apache/flink/kubernetes/operator/
 * config/FlinkConfigBuilder.java, at 0.1.0 under …/operator/utils/).
 */

/** The releases tagged release-X.Y.Z in the operator's repository; `main` is the unreleased branch (FLINK-33548's `resources`). */
export const OPERATOR_VERSIONS = [
  '1.15',
  '1.14',
  '1.13',
  '1.12',
  '1.11',
  '1.10',
  '1.9',
  '1.8',
  '1.7',
  '1.6',
  '1.5',
  '1.4',
  '1.3',
  '1.2',
  '1.1',
  '1.0',
  'main',
] as const;
export type OperatorVersion = (typeof OPERATOR_VERSIONS)[number];
export const DEFAULT_OPERATOR_VERSION: OperatorVersion = '1.15';

/** Thrown for an operator version that is not a release listed above; the message lists them. */
export class OperatorVersionError extends Error {}

/** "1.13", "1.13.0", "v1.13.0", "release-1.13.0" or "main"; a patch is accepted and dropped (no patch changed these rules). */
export function parseOperatorVersion(text: string): OperatorVersion {
  const t = text.trim();
  if (t === 'main') return 'main';
  const m = /^(?:release-|v)?(\d+)\.(\d+)(?:\.\d+)?$/.exec(t);
  const minor = m ? `${Number(m[1])}.${Number(m[2])}` : '';
  if ((OPERATOR_VERSIONS as readonly string[]).includes(minor)) return minor as OperatorVersion;
  throw new OperatorVersionError(
    `'${text}' is not a Flink Kubernetes Operator release modelled here (${OPERATOR_VERSIONS.filter((v) => v !== 'main').join(', ')}, or main).`,
  );
}

/** Minor number of 1.x (main counts as newer than every release). */
function minorOf(v: OperatorVersion): number {
  return v === 'main' ? 1000 : Number(v.split('.')[1]);
}
export const operatorAtLeast = (v: OperatorVersion, minor: number) => minorOf(v) >= minor;

/** The tag whose sources a rule of this release was read from. */
export const operatorTag = (v: OperatorVersion) => (v === 'main' ? 'main' : `release-${v}.0`);

/**
 * `resource.memory` → `*.memory.process.size`: set as typed up to 1.6 (FCB#setResource, release-1.6.1:
 * `effectiveConfig.setString(memoryConfigOption.key(), resource.getMemory())`, and the validator
 * refuses what MemorySize cannot parse: DefaultValidator#validateResources "… resource memory parse
 * error: "); from 1.7 through `parseResourceMemoryString` (FCB at release-1.7.0; utils/ResourceConfigUtils.java on main).
 */
export const parsesKubernetesQuantities = (v: OperatorVersion) => operatorAtLeast(v, 7);

/**
 * `spec.flinkConfiguration`: a `Map<String, String>` up to 1.12 (CRD helm/flink-kubernetes-operator/crds/
 * flinkdeployments.flink.apache.org-v1.yml at release-1.12.0: `additionalProperties: {type: string}`), so
 * the API server refuses nested maps and unquoted numbers; from 1.13 any YAML
 * (`x-kubernetes-preserve-unknown-fields`, FLINK-37406), flattened by ConfigObjectNode#asFlatMap.
 */
export const takesNestedConfiguration = (v: OperatorVersion) => operatorAtLeast(v, 13);

/** `taskManager.resources` / `jobManager.resources` ({requests, limits}): only on main after 1.15.0 (FLINK-33548). */
export const takesResourceRequirements = (v: OperatorVersion) => v === 'main';

/** `spec.flinkVersion` values the CRD's enum accepts (api/spec/FlinkVersion.java at each tag). */
export function flinkVersionsOf(v: OperatorVersion): string[] {
  const newest = v === 'main' || operatorAtLeast(v, 15) ? 'v2_4' : operatorAtLeast(v, 13) ? 'v2_2' : operatorAtLeast(v, 11) ? 'v2_0' : '';
  const ones = operatorAtLeast(v, 10) ? 20 : operatorAtLeast(v, 7) ? 19 : operatorAtLeast(v, 6) ? 18 : operatorAtLeast(v, 4) ? 17 : 16;
  const out: string[] = [];
  for (let minor = 13; minor <= ones; minor++) out.push(`v1_${minor}`);
  const twos = newest === '' ? -1 : Number(newest.slice(3));
  for (let minor = 0; minor <= twos; minor++) out.push(`v2_${minor}`);
  return out;
}

/**
 * The Flink options the operator's Helm chart installs as defaults for every deployment (the chart's
 * `defaultConfiguration`, `append: true`: helm/flink-kubernetes-operator/conf/flink-conf.yaml at each
 * tag, loaded by FlinkConfigManager as the base of every deploy config; the FlinkDeployment's own
 * flinkConfiguration and resources win). Only the options that size memory or slots are listed.
 */
export function operatorDefaults(v: OperatorVersion): Array<{ key: string; value: string }> {
  if (!operatorAtLeast(v, 2))
    return [
      { key: 'taskmanager.numberOfTaskSlots', value: '2' },
      { key: 'jobmanager.memory.process.size', value: '1600m' },
      { key: 'taskmanager.memory.process.size', value: '1728m' },
    ];
  return [{ key: 'taskmanager.numberOfTaskSlots', value: operatorAtLeast(v, 3) ? '1' : '2' }];
}

/**
 * `resource.cpu` keys (FCB#configureCpu / #setResource): up to 1.5 `kubernetes.{process}.cpu` (the key of
 * the Flink the operator was built on); 1.6–1.7 `.cpu.amount` for Flink 1.17+ else `.cpu`; from 1.8
 * always `.cpu.amount`, and `.cpu` as well for Flink before 1.17.
 */
export function cpuKeys(v: OperatorVersion, process: string, flinkMinor: { major: number; minor: number } | undefined): string[] {
  const newFlink = flinkMinor === undefined || flinkMinor.major > 1 || flinkMinor.minor >= 17;
  const amount = `kubernetes.${process}.cpu.amount`;
  const old = `kubernetes.${process}.cpu`;
  if (!operatorAtLeast(v, 6)) return [old];
  if (!operatorAtLeast(v, 8)) return [newFlink ? amount : old];
  return newFlink ? [amount] : [amount, old];
}
