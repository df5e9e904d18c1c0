/**
 * An INFO/WARN line Flink would log while reading or deriving a configuration, surfaced to users as a warning.
 * It lives with the configuration so that the configuration checks and the derivation both use it.
 */
type NoteLevel = 'INFO' | 'WARN';

export interface Note {
  readonly level: NoteLevel;
  readonly message: string;
  /** Keys the note is about, for highlighting. */
  readonly keys: readonly string[];
}
