/**
 * Reading a flink-conf.yaml / config.yaml, or a Kubernetes input (FlinkDeployment, Helm values, ConfigMap,
 * `---` manifests: models/config/kubernetes), that the user pastes, drops or picks. The YAML parser is
 * loaded on first use, so the page starts without it. A file that parses replaces the editor's
 * configuration (undoable); one that does not is kept in the paste box with the line at fault.
 */
import type { ConfigEntry } from '../../../models/config/configuration';
import type { KubernetesInput } from '../../../models/config/kubernetes/manifests';
import { DEFAULT_OPERATOR_VERSION, type OperatorVersion } from '../../../models/config/kubernetes/operatorVersions';
import type { MemoryModelState } from './memoryModelState.svelte';

type ConfigFiles = typeof import('../../../models/config/configFiles');
type Manifests = typeof import('../../../models/config/kubernetes/manifests');
type Parsers = { files: ConfigFiles; manifests: Manifests };

export type Preview =
  | { readonly kind: 'empty' }
  | { readonly kind: 'loading' }
  | { readonly kind: 'error'; readonly message: string; readonly line: number }
  | {
      readonly kind: 'ok';
      readonly entries: readonly ConfigEntry[];
      readonly warnings: readonly string[];
      /** Set for a FlinkDeployment, Helm values, a ConfigMap or a manifest stream. */
      readonly kubernetes?: KubernetesInput;
    };

const MAX_FILE_BYTES = 1_000_000;

let parserModule: Promise<Parsers> | undefined;
function loadParser(): Promise<Parsers> {
  parserModule ??= Promise.all([import('../../../models/config/configFiles'), import('../../../models/config/kubernetes/manifests')]).then(
    ([files, manifests]) => ({ files, manifests }),
  );
  return parserModule;
}

export class ConfigImport {
  open = $state(false);
  text = $state('');
  fileName = $state('pasted config');
  /** The Flink Kubernetes Operator release whose FlinkDeployment mapping applies (operatorVersions.ts); the newest by default. */
  operatorVersion = $state<OperatorVersion>(DEFAULT_OPERATOR_VERSION);
  private parser = $state.raw<Parsers | undefined>(undefined);

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
      // An embedded flink-conf.yaml / config.yaml is read as the release picked on the page reads it, like a file.
      const kubernetes = parser.manifests.readKubernetesInput(this.text, this.fileName, {
        operatorVersion: this.operatorVersion,
        flinkVersion: this.model.flinkVersion,
      });
      if (kubernetes)
        // Notes and refusals are shown in the Kubernetes summary, next to what was taken.
        return { kind: 'ok', entries: kubernetes.entries, warnings: kubernetes.warnings, kubernetes };
      // Read as the release picked on the page reads it; the preview follows a change of release.
      const parsed = parser.files.parseConfigFile(this.text, this.fileName, { flinkVersion: this.model.flinkVersion });
      return { kind: 'ok', entries: parsed.entries, warnings: parsed.warnings };
    } catch (e) {
      if (e instanceof parser.files.ConfigFileError) return { kind: 'error', message: e.message, line: e.line };
      return { kind: 'error', message: e instanceof Error ? e.message : String(e), line: 1 };
    }
  }

  async ensureParser(): Promise<void> {
    if (!this.parser) this.parser = await loadParser();
  }

  /** Another operator release: the preview follows; a loaded Kubernetes input is read again with its rules. */
  setOperatorVersion(version: OperatorVersion): void {
    this.operatorVersion = version;
    if (this.model.lastLoad?.kubernetes && this.model.lastLoad.fileName === this.fileName) this.apply();
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
    this.model.replaceEntries(preview.entries, this.fileName, preview.warnings, preview.kubernetes);
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
