/**
 * Java sources of realistic small user classes (fields, a constructor, a few methods, string constants, a lambda,
 * a call into a neighbour), generated once per class count and compiled with javac into a cache directory: the
 * metaspace experiment's "job jar".
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

function source(i: number, count: number): string {
  const name = `C${String(i).padStart(5, '0')}`;
  const next = `C${String((i + 1) % count).padStart(5, '0')}`;
  return `package gen;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntUnaryOperator;

public class ${name} {
  private static final String TAG = "record-${i}";
  private final List<String> seen = new ArrayList<>();
  private long total;
  private int state = ${i};

  public int work(int x) {
    IntUnaryOperator f = v -> v * 31 + state;
    total += f.applyAsInt(x);
    seen.add(TAG + x);
    return describe().length() + (x < 0 ? ${next}.helper(x) : 0);
  }

  static int helper(int x) {
    return x * ${i % 97};
  }

  private String describe() {
    StringBuilder b = new StringBuilder(TAG).append(':').append(total);
    for (String s : seen) b.append(s.charAt(0));
    return b.toString();
  }

  @Override
  public String toString() {
    return "${name}{total=" + total + ", state=" + state + "}";
  }
}
`;
}

/** The directory of `count` compiled classes (gen.C00000 …), built once per count under `cacheDir`. */
export function generatedClasses(javac: string, cacheDir: string, count: number): string {
  const out = join(cacheDir, `classes-${count}`);
  if (existsSync(join(out, 'gen', `C${String(count - 1).padStart(5, '0')}.class`))) return out;
  const src = join(cacheDir, `src-${count}`, 'gen');
  mkdirSync(src, { recursive: true });
  const files = Array.from({ length: count }, (_, i) => {
    const file = join(src, `C${String(i).padStart(5, '0')}.java`);
    writeFileSync(file, source(i, count));
    return file;
  });
  writeFileSync(join(cacheDir, `sources-${count}.txt`), files.join('\n'));
  mkdirSync(out, { recursive: true });
  execFileSync(javac, ['-J-Xmx512m', '--release', '17', '-d', out, `@${join(cacheDir, `sources-${count}.txt`)}`], { stdio: 'inherit' });
  return out;
}
