// Renders resources/icon.svg into every icon the packages, the window, the tray and the browser need.
// Needs ImageMagick (`convert`, or the one in IMAGEMAGICK_CONVERT); the outputs are committed, so
// packaging and tests never need it. Run `node scripts/icons.mjs` after changing the SVG.
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';

const resources = join(import.meta.dirname, '..', 'resources');
const source = join(resources, 'icon.svg');
const convert = process.env.IMAGEMAGICK_CONVERT ?? 'convert';
const render = (size, out) =>
  execFileSync(convert, ['-background', 'none', '-density', '384', source, '-resize', `${size}x${size}`, `PNG32:${out}`]);

mkdirSync(join(resources, 'icons'), { recursive: true });
mkdirSync(join(resources, 'web'), { recursive: true });
// Linux (electron-builder's icon folder wants NxN.png) and the window icon.
for (const size of [16, 24, 32, 48, 64, 128, 256, 512, 1024]) render(size, join(resources, 'icons', `${size}x${size}.png`));
// macOS and Windows: electron-builder makes the .icns from the 1024 px PNG; the .ico holds 16–256 px.
render(1024, join(resources, 'icon.png'));
execFileSync(convert, [16, 24, 32, 48, 64, 128, 256].map((s) => join(resources, 'icons', `${s}x${s}.png`)).concat(join(resources, 'icon.ico')));
// Tray: 16 px and its 2x for high-density displays (Electron picks `@2x` by name).
render(16, join(resources, 'tray.png'));
render(32, join(resources, 'tray@2x.png'));
// Browser mode's favicon, copied into the built renderer (Vite publicDir).
render(32, join(resources, 'web', 'favicon.png'));
render(180, join(resources, 'web', 'apple-touch-icon.png'));
// Browsers that ask for /favicon.ico without reading the page's <link> get one too.
execFileSync(convert, [16, 32, 48].map((s) => join(resources, 'icons', `${s}x${s}.png`)).concat(join(resources, 'web', 'favicon.ico')));
