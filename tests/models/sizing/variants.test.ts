// Protects variants: overrides change a copy of the scenario (never the original), bad values fail with Flink's own parse messages naming
// the key, and configurations Flink refuses or cannot schedule are refused before anything runs.
import { describe, expect, it } from 'vitest';
import { applyOverrides, parseOverride, parseVariantSpec, prepareVariant, VariantError } from '../../../models/sizing/variants';
import { fault, loadShipped, scenario } from '../../helpers/engine';

const GiB = 1024 ** 3;
const base = loadShipped('direct-leak-on-restart');

describe('applyOverrides', () => {
  it('writes Flink keys into flink.config and cluster keys into the cluster, on a copy', () => {
    const before = JSON.stringify(base);
    const changed = applyOverrides(base, [
      { key: 'taskmanager.memory.process.size', value: '6g' },
      { key: 'taskmanager.memory.managed.fraction', value: '0.2' },
      { key: 'cluster.taskmanagers', value: '8' },
      { key: 'cluster.containerLimit', value: '7g' },
    ]);
    expect(changed.flink.config).toMatchObject({
      'taskmanager.memory.process.size': '6g',
      'taskmanager.memory.managed.fraction': '0.2',
      'taskmanager.numberOfTaskSlots': '4',
    });
    expect([changed.cluster.taskManagers, changed.cluster.taskManagerContainerLimitBytes]).toEqual([8, 7 * GiB]);
    expect(JSON.stringify(base)).toBe(before);
    expect(base.flink.config['taskmanager.memory.process.size']).toBe('4g');
  });

  it('a later override of the same key wins', () => {
    expect(
      applyOverrides(base, [
        { key: 'cluster.taskmanagers', value: '2' },
        { key: 'cluster.taskmanagers', value: '5' },
      ]).cluster.taskManagers,
    ).toBe(5);
  });

  it.each([
    [
      'taskmanager.memory.process.size',
      '4q',
      "Could not parse value '4q' for key 'taskmanager.memory.process.size'.\nCaused by: IllegalArgumentException: Memory size unit 'q' does not match any of the recognized units",
    ],
    [
      'taskmanager.numberOfTaskSlots',
      'four',
      "Could not parse value 'four' for key 'taskmanager.numberOfTaskSlots'.\nCaused by: NumberFormatException: For input string: \"four\"",
    ],
    ['taskmanager.memory.network.fraction', '10%', "Could not parse value '10%' for key 'taskmanager.memory.network.fraction'."],
    [
      'cluster.containerLimit',
      '3 gigs',
      "Could not parse value '3 gigs' for key 'cluster.containerLimit'.\nCaused by: IllegalArgumentException: Memory size unit 'gigs' does not match",
    ],
    ['cluster.containerLimit', '0', 'cluster.containerLimit must be above 0'],
    ['cluster.taskmanagers', '0', "cluster.taskmanagers must be a whole number from 1 to 1000 (got '0')"],
    ['cluster.taskmanagers', '2.5', 'cluster.taskmanagers must be a whole number'],
    [
      'taskmanager.memory.proces.size',
      '3g',
      "'taskmanager.memory.proces.size' is not a Flink memory option; did you mean 'taskmanager.memory.process.size'?",
    ],
  ])('%s=%s is refused: %s', (key, value, message) => {
    expect(() => applyOverrides(base, [{ key, value }])).toThrow(VariantError);
    expect(() => applyOverrides(base, [{ key, value }])).toThrow(message);
  });

  it('keys outside the memory model pass through as Flink would keep them', () => {
    expect(
      applyOverrides(base, [{ key: 'restart-strategy.fixed-delay.attempts', value: '3' }]).flink.config[
        'restart-strategy.fixed-delay.attempts'
      ],
    ).toBe('3');
  });
});

describe('prepareVariant', () => {
  it('derives the layout: TaskManagers × Flink total process size', () => {
    const v = prepareVariant(base, {
      label: 'eight small',
      overrides: [
        { key: 'cluster.taskmanagers', value: '8' },
        { key: 'taskmanager.memory.process.size', value: '2g' },
      ],
    });
    expect(v.label).toBe('eight small');
    // YARN rounds the container up to whole GiB when the scenario sets no limit.
    expect(v.layout).toEqual({
      taskManagers: 8,
      slotsPerTaskManager: 4,
      processSizeBytes: 2 * GiB,
      containerLimitBytes: 2 * GiB,
      totalProcessBytes: 16 * GiB,
    });
  });

  it("refuses what Flink's derivation refuses, with Flink's message", () => {
    expect(() => prepareVariant(base, { label: 'tiny', overrides: [{ key: 'taskmanager.memory.process.size', value: '300m' }] })).toThrow(
      'TaskManager memory configuration failed: Sum of configured JVM Metaspace (256.000mb (268435456 bytes)) and JVM Overhead (192.000mb (201326592 bytes)) exceed configured Total Process Memory (300.000mb (314572800 bytes)).',
    );
    expect(() => prepareVariant(base, { label: 'f', overrides: [{ key: 'taskmanager.memory.managed.fraction', value: '1.5' }] })).toThrow(
      /Inconsistently configured Key: 'taskmanager\.memory\.managed\.fraction'[\s\S]*Caused by: IllegalArgumentException: fraction must be in range \[0, 1\)/,
    );
  });

  it('refuses a cluster with fewer slots than the highest parallelism (16 here)', () => {
    expect(() => prepareVariant(base, { label: 'x', overrides: [{ key: 'cluster.taskmanagers', value: '3' }] })).toThrow(
      'the job needs 16 slots (its highest parallelism) but 3 TaskManagers × 4 slots offer 12: Flink could not schedule it (NoResourceAvailableException)',
    );
    expect(
      prepareVariant(base, {
        label: 'x',
        overrides: [
          { key: 'cluster.taskmanagers', value: '2' },
          { key: 'taskmanager.numberOfTaskSlots', value: '8' },
        ],
      }).layout.taskManagers,
    ).toBe(2);
  });

  it('refuses events aimed at a TaskManager the variant no longer has', () => {
    const three = scenario({
      cluster: { taskManagers: 3 },
      events: [fault({ atMs: 60_000, action: 'kill-container', target: 'taskmanager-3' })],
    });
    expect(prepareVariant(three, { label: 'x', overrides: [{ key: 'cluster.taskmanagers', value: '4' }] }).layout.taskManagers).toBe(4);
    expect(() => prepareVariant(three, { label: 'x', overrides: [{ key: 'cluster.taskmanagers', value: '2' }] })).toThrow(
      "events[0].target: 'taskmanager-3' does not exist: the cluster has 2 TaskManagers (taskmanager-1 … taskmanager-2)",
    );
  });
});

describe('the command-line forms', () => {
  it('parseOverride splits at the first =', () => {
    expect(parseOverride('env.java.opts.taskmanager=-XX:+UseG1GC -Da=b')).toEqual({
      key: 'env.java.opts.taskmanager',
      value: '-XX:+UseG1GC -Da=b',
    });
    expect(() => parseOverride('=4g')).toThrow('an override is key=value');
    expect(() => parseOverride('process size=4g')).toThrow("'process size' is not a configuration key");
  });

  it('parseVariantSpec: "name: -D key=value -Dkey=value key=value"', () => {
    expect(parseVariantSpec('big: -D taskmanager.memory.process.size=8g -Dcluster.taskmanagers=2 taskmanager.numberOfTaskSlots=8')).toEqual(
      {
        label: 'big',
        overrides: [
          { key: 'taskmanager.memory.process.size', value: '8g' },
          { key: 'cluster.taskmanagers', value: '2' },
          { key: 'taskmanager.numberOfTaskSlots', value: '8' },
        ],
      },
    );
    expect(parseVariantSpec('baseline:')).toEqual({ label: 'baseline', overrides: [] });
    expect(parseVariantSpec('-D cluster.taskmanagers=2')).toEqual({
      label: 'cluster.taskmanagers=2',
      overrides: [{ key: 'cluster.taskmanagers', value: '2' }],
    });
    // A colon after the first '=' belongs to a value, not to a label.
    expect(parseVariantSpec('-D env.java.opts=-XX:+UseG1GC').label).toBe('env.java.opts=-XX:+UseG1GC');
    expect(() => parseVariantSpec('x: -D')).toThrow('-D at the end needs key=value');
    expect(() => parseVariantSpec('x: 4g')).toThrow('an override is key=value');
  });
});
