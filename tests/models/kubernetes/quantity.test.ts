// Protects the reading of Kubernetes quantities and typed container limits: every suffix, the decimal/binary split, millis refused,
// Flink's MemorySize kept for texts Kubernetes does not accept, and errors that name the field.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isKubernetesQuantity, parseLimit, parseQuantity, QuantityError } from '../../../models/config/kubernetes/quantity';

describe('parseQuantity (k8s.io/apimachinery resource.Quantity grammar)', () => {
  it.each([
    ['1024', 1024n],
    ['1Ki', 1024n],
    ['8192Mi', 8192n * 2n ** 20n],
    ['8Gi', 8n * 2n ** 30n],
    ['1Ti', 2n ** 40n],
    ['1Pi', 2n ** 50n],
    ['2Ei', 2n * 2n ** 60n],
    ['1k', 1000n],
    ['128M', 128_000_000n],
    ['8G', 8_000_000_000n],
    ['1T', 10n ** 12n],
    ['1P', 10n ** 15n],
    ['1E', 10n ** 18n],
    ['1e3', 1000n],
    ['129e6', 129_000_000n],
    ['1E9', 1_000_000_000n],
    ['1.5Gi', 3n * 2n ** 29n],
    ['0.5Ki', 512n],
    ['+4Gi', 4n * 2n ** 30n],
  ])('%s is %d bytes', (text, bytes) => {
    expect(parseQuantity(text, 'limits.memory').bytes).toBe(bytes);
  });

  it('a fraction of a byte is rounded up, as Quantity.Value() does, and said', () => {
    const r = parseQuantity('1.5', 'limits.memory');
    expect(r.bytes).toBe(2n);
    expect(r.note).toContain('rounded up');
  });

  it('a decimal suffix says what it is and names the binary spelling', () => {
    expect(parseQuantity('8G', 'f').note).toBe("'8G' is a Kubernetes decimal quantity: 7.451gb (8000000000 bytes); 8Gi is binary.");
    expect(parseQuantity('8k', 'f').note).toContain('8Ki is binary');
    expect(parseQuantity('8Gi', 'f').note).toBeUndefined();
  });

  it.each([
    ['512m', /spec.x: '512m' is 512 thousandths of a byte to Kubernetes \(m = milli\); write 512Mi/],
    ['-1Gi', /spec.x: '-1Gi' is negative/],
    ['8g', /spec.x: '8g' is not a Kubernetes quantity/],
    ['8 Gi', /not a Kubernetes quantity/],
    ['8GB', /not a Kubernetes quantity/],
    ['Gi', /not a Kubernetes quantity/],
    ['9Ei', /spec.x: '9Ei' is above 2\^63-1 bytes/],
    ['1e400', /above 2\^63-1 bytes/],
  ])('%s is refused with the field named', (text, message) => {
    expect(() => parseQuantity(text, 'spec.x')).toThrow(QuantityError);
    expect(() => parseQuantity(text, 'spec.x')).toThrow(message);
  });

  it('is case-sensitive, as Kubernetes is', () => {
    expect(isKubernetesQuantity('8Gi')).toBe(true);
    expect(isKubernetesQuantity('8gi')).toBe(false);
    expect(isKubernetesQuantity('8K')).toBe(false);
  });
});

describe('parseLimit (a typed container/pod limit)', () => {
  it.each([
    ['8192Mi', 8n * 2n ** 30n, 'kubernetes'],
    ['8Gi', 8n * 2n ** 30n, 'kubernetes'],
    ['8G', 8_000_000_000n, 'kubernetes'],
    ['8589934592', 8n * 2n ** 30n, 'kubernetes'],
    ['8e9', 8_000_000_000n, 'kubernetes'],
    // Texts only Flink's MemorySize reads keep Flink's meaning.
    ['8g', 8n * 2n ** 30n, 'flink'],
    ['4096m', 4n * 2n ** 30n, 'flink'],
    ['2 gb', 2n * 2n ** 30n, 'flink'],
    ['512K', 512n * 1024n, 'flink'],
  ])('%s is %d bytes (%s)', (text, bytes, grammar) => {
    const r = parseLimit(text, '--limit');
    expect(r.bytes).toBe(bytes);
    expect(r.grammar).toBe(grammar);
  });

  it('a text neither grammar reads names the field and both grammars', () => {
    expect(() => parseLimit('big', '--limit')).toThrow(
      /^--limit: 'big' is neither a Kubernetes quantity \(8192Mi, 8Gi, 8G = 8·10⁹ bytes\) nor a Flink memory size \(8g, 4096m\): text does not start with a number$/,
    );
    expect(() => parseLimit('8Gib', 'cluster.containerLimit')).toThrow(/^cluster.containerLimit: '8Gib' is neither/);
    expect(() => parseLimit('8 Gi', '--limit')).toThrow(/Memory size unit 'gi' does not match/);
  });
});

describe('container limits in scenarios', () => {
  it('cluster.containerLimit takes a Kubernetes quantity; a Flink size keeps its meaning', async () => {
    const { loadScenario } = await import('../../../models/scenario/loadScenario');
    const base = readFileSync('scenarios/pod-limit-mismatch.yaml', 'utf8');
    const limit = (text: string) => {
      try {
        return loadScenario(base.replace('containerLimit: 3584m', `containerLimit: ${text}`), 'q.yaml').cluster
          .taskManagerContainerLimitBytes;
      } catch (e) {
        return (e as Error).message;
      }
    };
    expect(limit('4Gi')).toBe(4 * 2 ** 30);
    expect(limit('4096Mi')).toBe(4 * 2 ** 30);
    expect(limit('4G')).toBe(4e9);
    expect(limit('4g')).toBe(4 * 2 ** 30);
    expect(limit('3584m')).toBe(3584 * 2 ** 20);
    expect(limit('4Ki0')).toMatch(/cluster.containerLimit/);
    expect(limit('9Ei')).toMatch(/cluster.containerLimit: '9Ei' is above 2\^63-1 bytes/);
  });
});
