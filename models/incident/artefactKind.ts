/** Which reader an artefact goes to: by its content first, its name only to break a tie. */
import type { ArtefactKind } from './types';

export type { ArtefactKind } from './types';

export function classifyArtefact(fileName: string, text: string): ArtefactKind {
  return classifyByContent(text) ?? classifyByName(fileName);
}

function classifyByContent(text: string): ArtefactKind | undefined {
  void text;
  return undefined;
}

function classifyByName(fileName: string): ArtefactKind {
  void fileName;
  return 'unknown';
}
