import { execFileSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, rmdirSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A small tmpfs of its own, so a test can fill a real disk without touching the machine's. Needs root. */
export interface TinyDisk {
  readonly path: string;
  /** Writes a filler file until the disk refuses (ENOSPC): nothing more fits. */
  fill(): void;
  free(): void;
  unmount(): void;
}

export function mountTinyDisk(sizeMb: number): TinyDisk {
  const path = mkdtempSync(join(tmpdir(), 'holdfast-tiny-disk-'));
  execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${sizeMb}m`, 'tmpfs', path]);
  const filler = join(path, 'filler');
  return {
    path,
    fill() {
      const fd = openSync(filler, 'a');
      const chunk = Buffer.alloc(64 * 1024, 1);
      try {
        for (let size = chunk.length; size >= 1; size = Math.floor(size / 2)) {
          for (;;) {
            try {
              writeSync(fd, chunk, 0, size);
            } catch (error) {
              if ((error as NodeJS.ErrnoException).code !== 'ENOSPC') throw error;
              break;
            }
          }
        }
      } finally {
        closeSync(fd);
      }
    },
    free() {
      rmSync(filler, { force: true });
    },
    unmount() {
      execFileSync('umount', ['-l', path]);
      rmdirSync(path);
    },
  };
}

/** Why a tiny disk cannot be mounted here (not root, no tmpfs), or null; the caller prints it when it skips. */
export function tinyDiskProblem(): string | null {
  if (process.getuid?.() !== 0) return 'Skipping the full-disk tests: mounting a small tmpfs needs root.';
  try {
    mountTinyDisk(1).unmount();
    return null;
  } catch (error) {
    return `Skipping the full-disk tests: a small tmpfs could not be mounted (${(error as Error).message.split('\n')[0]}).`;
  }
}
