/**
 * Reading a flink-conf.yaml / config.yaml that the user pastes, drops or picks. The YAML parser is
 * loaded on first use, so the page starts without it. A file that parses replaces the editor's
 * configuration (undoable); one that does not is kept in the paste box with the line at fault.
 */
import type { ConfigEntry } from '../../../models/config/configuration';
import type { MemoryModelState } from './memoryModelState.svelte';

type ConfigFiles = typeof import('../../../models/config/configFiles');

export type Preview =
  | { readonly kind: 'empty' }
  | { readonly kind: 'loading' }
  | { readonly kind: 'error'; readonly message: string; readonly line: number }
  | { readonly kind: 'ok'; readonly entries: readonly ConfigEntry[]; readonly warnings: readonly string[] };

const MAX_FILE_BYTES = 1_000_000;

let parserModule: Promise<ConfigFiles> | undefined;
function loadParser(): Promise<ConfigFiles> {
  parserModule ??= import('../../../models/config/configFiles');
  return parserModule;
}

export class ConfigImport {
  open = $state(false);
  text = $state('');
  fileName = $state('pasted config');
  private parser = $state.raw<ConfigFiles | undefined>(undefined);

  readonly preview: Preview = $derived.by(() => this.parse());

  constructor(private readonly model: MemoryModelState) {}

  private parse(): Preview {
    if (this.text.trim() === '') return { kind: 'empty' };
    const parser = this.parser;
    if (!parser) {
      void this.ensureParser();
      return { kind: 'loading' };
    }
    try {
      // Read as the release picked on the page reads it; the preview follows a change of release.
      const parsed = parser.parseConfigFile(this.text, this.fileName, { flinkVersion: this.model.flinkVersion });
      return { kind: 'ok', entries: parsed.entries, warnings: parsed.warnings };
    } catch (e) {
      if (e instanceof parser.ConfigFileError) return { kind: 'error', message: e.message, line: e.line };
      return { kind: 'error', message: e instanceof Error ? e.message : String(e), line: 1 };
    }
  }

  async ensureParser(): Promise<void> {
    if (!this.parser) this.parser = await loadParser();
  }

  setText(text: string): void {
    this.text = text;
    this.fileName = 'pasted config';
  }

  /** Replaces the configuration with the parsed text; false (and the box left open) if it does not parse. */
  apply(): boolean {
    const preview = this.preview;
    if (preview.kind !== 'ok') {
      this.open = true;
      return false;
    }
    this.model.replaceEntries(preview.entries, this.fileName, preview.warnings);
    return true;
  }

  async loadFile(file: File): Promise<void> {
    if (file.size > MAX_FILE_BYTES) {
      this.open = true;
      this.fileName = file.name;
      this.text = `# ${file.name} is ${file.size} bytes; a Flink configuration is far smaller. Paste the memory options instead.`;
      return;
    }
    await this.ensureParser();
    this.text = await file.text();
    this.fileName = file.name;
    if (this.apply()) this.open = false;
  }
}
