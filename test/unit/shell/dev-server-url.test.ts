import { describe, expect, it } from 'vitest';
import { devServerUrlFor } from '../../../src/main/shell/dev-server-url';

describe('which renderer the window loads', () => {
  const env = { ELECTRON_RENDERER_URL: 'http://localhost:5173' };

  it('a packaged build ignores ELECTRON_RENDERER_URL and loads its own files', () => {
    expect(devServerUrlFor({ isPackaged: true }, env)).toBeUndefined();
    expect(devServerUrlFor({ isPackaged: true }, { ELECTRON_RENDERER_URL: 'https://evil.example/' })).toBeUndefined();
  });

  it('a development build loads the dev server on this machine only', () => {
    expect(devServerUrlFor({ isPackaged: false }, env)).toBe('http://localhost:5173');
    expect(devServerUrlFor({ isPackaged: false }, { ELECTRON_RENDERER_URL: 'http://127.0.0.1:5173/' })).toBe('http://127.0.0.1:5173/');
    for (const url of ['https://evil.example/', 'http://192.0.2.1:5173', 'file:///tmp/page.html', 'not a url']) {
      expect(devServerUrlFor({ isPackaged: false }, { ELECTRON_RENDERER_URL: url }), url).toBeUndefined();
    }
    expect(devServerUrlFor({ isPackaged: false }, {})).toBeUndefined();
  });
});
