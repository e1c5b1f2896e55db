import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_SIZE, loadWindowState, placeWindow, saveWindowState } from '../../../src/main/shell/window-state';
import { tempDir } from '../../support/temp-dir';

const laptop = { x: 0, y: 0, width: 1440, height: 875 };
const monitorRight = { x: 1440, y: 0, width: 2560, height: 1415 };

describe('window placement', () => {
  it('opens at the default size, placed by the system, the first time', () => {
    expect(placeWindow(null, [laptop])).toEqual({ ...DEFAULT_SIZE, maximized: false });
  });

  it('restores a window that is fully on a display exactly', () => {
    const saved = { x: 1600, y: 100, width: 1200, height: 800, maximized: true };
    expect(placeWindow(saved, [laptop, monitorRight])).toEqual(saved);
  });

  it('falls back to the default when its display is gone', () => {
    const onUnplugged = { x: 1600, y: 100, width: 1200, height: 800, maximized: false };
    expect(placeWindow(onUnplugged, [laptop])).toEqual({ ...DEFAULT_SIZE, maximized: false });
  });

  it('pulls a window hanging off the edge back inside, and shrinks one larger than the display', () => {
    expect(placeWindow({ x: 1000, y: -40, width: 1000, height: 700, maximized: false }, [laptop])).toEqual({ x: 440, y: 0, width: 1000, height: 700, maximized: false });
    expect(placeWindow({ x: 10, y: 10, width: 3000, height: 2000, maximized: false }, [laptop])).toEqual({ x: 0, y: 0, width: 1440, height: 875, maximized: false });
  });

  it('keeps at least the minimum size, and fits the default into a small display', () => {
    expect(placeWindow({ x: 0, y: 0, width: 300, height: 200, maximized: false }, [laptop])).toMatchObject({ width: 900, height: 600 });
    expect(placeWindow(null, [{ x: 0, y: 0, width: 1024, height: 700 }])).toMatchObject({ width: 1024, height: 700 });
  });
});

describe('window state file', () => {
  const dir = tempDir();
  afterEach(() => dir.remove());

  it('round-trips, and a damaged or foreign file reads as none', () => {
    const file = join(dir.path, 'window-state.json');
    expect(loadWindowState(file)).toBeNull();
    saveWindowState(file, { x: 5, y: 6, width: 1000, height: 700, maximized: false });
    expect(loadWindowState(file)).toEqual({ x: 5, y: 6, width: 1000, height: 700, maximized: false });
    writeFileSync(file, '{"x": "left"');
    expect(loadWindowState(file)).toBeNull();
    writeFileSync(file, JSON.stringify({ x: 1, y: 2, width: -5, height: 10, maximized: false }));
    expect(loadWindowState(file)).toBeNull();
  });
});
