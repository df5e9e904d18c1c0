/**
 * What differs between the JDK versions a scenario can name (cluster.jdk) in the mechanics the engine models, in
 * one place. Verified with small programs here on OpenJDK 17.0.15 (Debian) and Temurin 25 (the direct OOM text, the
 * Bits.reserveMemory retry time, the smallest -Xss, the G1 metadata-threshold log lines); 8, 11 and 21 from the
 * JDK sources named per field.
 */
import type { ClassUse, JdkVersion } from '../../scenario/types';

export interface JdkTraits {
  /**
   * java/nio/Bits.java reserveMemory: JDK 8 and 11 throw `OutOfMemoryError("Direct buffer memory")`; from JDK 16
   * it is "Cannot reserve N bytes of direct buffer memory (allocated: A, limit: L)",
   * unchanged in 17, 21 and 25 (measured on 17.0.15 and 25).
   */
  readonly detailedDirectOom: boolean;
  /**
   * java/nio/Bits.java reserveMemory: after the System.gc(), up to MAX_SLEEPS = 9 sleeps doubling from 1 ms while
   * retrying tryReserveMemory (1 + 2 + … + 256 = 511 ms), then the error. The same loop in 11, 17, 21, 25 and in
   * JDK 8's later updates (rt.jar: the loop with JavaLangRefAccess.tryHandlePendingReference; 11 onwards
   * waitForReferenceProcessing, which only skips a sleep while references are being processed). Early JDK 8 updates
   * (8u25's Bits.java) slept once for 100 ms instead; the engine models current updates. Measured here: 512 ms with
   * -XX:+DisableExplicitGC on 17.0.15 (the GC's pause comes on top without it).
   */
  readonly directRetrySleepsMs: number;
  /**
   * JEP 387 (elastic metaspace, JDK 16): memory freed by class unloading is uncommitted and leaves RSS. Before it
   * the freed chunks stay committed in the JVM's free lists (src/hotspot/share/memory/metaspace.cpp, ChunkManager),
   * so resident metaspace keeps its high-water mark.
   */
  readonly elasticMetaspace: boolean;
  /**
   * Class metadata per class by use (docs/runtime-mechanics.md §6), measured with the MemoryPoolMXBean "Metaspace" by the
   * calibration suite (calibration/fixtures/jdk17|jdk25/metaspace-pinned.json: 2000 small generated classes per class
   * loader, each with a lambda): only loaded 3268 B (17) / 3308 B (25); initialised and run 5899 B / 5856 B (constant
   * pool cache, method counters and MethodData come with execution). An earlier one-off test with larger classes gave
   * ~3.8 and 7–8 KB: the cost grows with the class, so these are figures for small user classes. 8, 11 and 21 are not
   * calibrated and use 17's.
   */
  readonly metaspaceBytesPerClass: Readonly<Record<ClassUse, number>>;
}

const traits = (jdk: JdkVersion): JdkTraits => ({
  detailedDirectOom: jdk >= 17,
  directRetrySleepsMs: 511,
  elasticMetaspace: jdk >= 17,
  metaspaceBytesPerClass: jdk >= 25 ? { loaded: 3_308, initialised: 5_856 } : { loaded: 3_268, initialised: 5_899 },
});

/** One table, built once: read at every class load and direct reservation, so no object per call. */
const TRAITS: Readonly<Record<JdkVersion, JdkTraits>> = { 8: traits(8), 11: traits(11), 17: traits(17), 21: traits(21), 25: traits(25) };

export const jdkTraits = (jdk: JdkVersion): JdkTraits => TRAITS[jdk];
