/**
 * The CLI's own file access: input files (scenarios, `--config`) are read only when they are regular
 * files of bounded size, so `/dev/zero`, a FIFO or a directory is refused at once instead of hanging;
 * output files (`--metrics`, `--out`) are checked before a run, so a missing directory is one line, not
 * a stack trace after minutes of simulation.
 */
import { closeSync, fstatSync, openSync, readSync, statSync } from 'node:fs';
import { dirname } from 'node:path';

/**
 * Bytes in one input file. Every YAML input is at most 1 Mi characters (models/yaml/guardedYaml.ts),
 * which is at most 3 MiB of UTF-8 (3 bytes per UTF-16 code unit at most); 4 MiB therefore never refuses a
 * file the YAML guard would accept, and refuses a log or an image passed by mistake before reading it.
 */
export const MAX_INPUT_FILE_BYTES = 4 * 1048576;

/** An input file the CLI will not read; the message names the file and why. */
export class InputFileError extends Error {}

/** A Node file-system error as a few words ("no such file or directory"), without the stack or syscall. */
export function errnoText(e: unknown): string {
  const code = (e as NodeJS.ErrnoException).code;
  const words: Record<string, string> = {
    ENOENT: 'no such file or directory',
    EISDIR: 'is a directory',
    ENOTDIR: 'a part of the path is not a directory',
    EACCES: 'permission denied',
    EPERM: 'permission denied',
    EROFS: 'read-only file system',
    ENOSPC: 'no space left on device',
  };
  return (code && words[code]) ?? (e instanceof Error ? e.message : String(e));
}

/** The text of a regular file of at most MAX_INPUT_FILE_BYTES, as UTF-8; anything else throws InputFileError. */
export function readInputFile(path: string): string {
  let size: number;
  try {
    const stats = statSync(path); // stat never blocks, where opening a FIFO waits for a writer
    if (!stats.isFile()) throw new InputFileError(`${path} is not a regular file`);
    size = stats.size;
  } catch (e) {
    if (e instanceof InputFileError) throw e;
    throw new InputFileError(`cannot read ${path}: ${errnoText(e)}`);
  }
  const tooLarge = (bytes: number) => new InputFileError(`${path} is larger than 4 MiB (${bytes} bytes); no input file needs that much`);
  if (size > MAX_INPUT_FILE_BYTES) throw tooLarge(size);
  const fd = openSync(path, 'r');
  try {
    if (!fstatSync(fd).isFile()) throw new InputFileError(`${path} is not a regular file`); // replaced since the stat
    const buffer = Buffer.alloc(MAX_INPUT_FILE_BYTES + 1);
    let length = 0;
    for (let n = 1; n > 0 && length < buffer.length; length += n) n = readSync(fd, buffer, length, buffer.length - length, null);
    if (length > MAX_INPUT_FILE_BYTES) throw tooLarge(length); // grew since the stat
    return buffer.toString('utf8', 0, length);
  } finally {
    closeSync(fd);
  }
}

/** Why `path` cannot be written (its directory is missing, or it is a directory), or undefined. */
export function outputFileProblem(path: string, flag: string): string | undefined {
  const problem = (why: string) => `cannot write ${flag} ${path}: ${why}`;
  try {
    if (statSync(path).isDirectory()) return problem('it is a directory');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') return problem(errnoText(e));
    try {
      if (!statSync(dirname(path)).isDirectory()) return problem(`${dirname(path)} is not a directory`);
    } catch (inner) {
      const missing = (inner as NodeJS.ErrnoException).code === 'ENOENT';
      return problem(missing ? `the directory ${dirname(path)} does not exist` : errnoText(inner));
    }
  }
  return undefined;
}
