import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const electronOnlyInShell = {
  name: 'electron',
  message: 'Only the Electron shell (src/main/index.ts, src/main/shell/) and the preload may import electron; the core stays platform-free.',
};

export default tseslint.config(
  // `electron.vite.config.<time>.mjs` is electron-vite's bundled config, written and deleted during a build;
  // npm test lints beside the build, and a file that vanished mid-lint failed the run.
  { ignores: ['out/**', 'node_modules/**', '.electron-native/**', 'test-results/**', 'playwright-report/**', 'electron.vite.config.*.mjs'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.mjs'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly' } },
  },
  {
    // Packaging configuration and electron-builder hooks: CommonJS, as electron-builder loads them.
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs', globals: { require: 'readonly', module: 'writable', process: 'readonly', __dirname: 'readonly' } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    // Playwright fixtures must destructure their first argument, even when they use nothing from it.
    files: ['test/e2e/**/*.ts'],
    rules: { 'no-empty-pattern': 'off' },
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['node:*', 'electron', 'react', 'react-dom', 'better-sqlite3', 'keytar', 'ky', 'p-queue'], message: 'src/shared is imported by every side: nothing platform-specific here.' },
            { group: ['**/main/**', '**/renderer/**', '**/preload/**'], message: 'src/shared depends on nothing else in src.' },
          ],
        },
      ],
    },
  },
  {
    files: ['src/renderer/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/main/**', '**/preload/**'], message: 'The renderer reaches the core only through the contract (src/shared) and its transport.' },
            { group: ['node:*', 'electron', 'better-sqlite3', 'keytar'], message: 'The renderer is a sandboxed web page.' },
          ],
        },
      ],
    },
  },
  {
    files: ['src/main/**/*.ts'],
    ignores: ['src/main/index.ts', 'src/main/shell/**'],
    rules: { 'no-restricted-imports': coreImports() },
  },
  // The core's layers point one way: venues and store at the bottom, the portfolio domain over the store,
  // sync over both, export over the domain, api (wiring) over all of them, server and cli at the top.
  layer('src/main/store/**/*.ts', ['portfolio', 'sync', 'api', 'export', 'server', 'cli', 'venues'], 'store/ is persistence only: it knows no domain rule, no sync and no api.'),
  layer('src/main/venues/**/*.ts', ['store', 'sync', 'api', 'portfolio', 'export', 'server', 'cli'], 'A venue reads and normalises; it does not store, sync or value.'),
  layer('src/main/portfolio/**/*.ts', ['api', 'server', 'cli', 'sync', 'export', 'shell'], 'The portfolio domain is called by the layers above it, never the other way.'),
  layer('src/main/sync/**/*.ts', ['api', 'server', 'cli', 'export'], 'sync/ stores reads; the api and the transports call it.'),
  layer('src/main/export/**/*.ts', ['api', 'server', 'cli', 'sync'], 'export/ reads the portfolio domain, not the api.'),
);

/** The rule every core file has (no Electron, no UI), plus the layers a folder must not import. */
function coreImports(forbidden = [], message = '') {
  const layers = forbidden.length ? [{ group: forbidden.flatMap((name) => ["../", "../../", "../../../"].flatMap((up) => [`${up}${name}`, `${up}${name}/**`])), message }] : [];
  return ['error', { paths: [electronOnlyInShell], patterns: [{ group: ['**/renderer/**', '**/preload/**'], message: 'The core does not depend on the UI.' }, ...layers] }];
}

function layer(files, forbidden, message) {
  return { files: [files], rules: { 'no-restricted-imports': coreImports(forbidden, message) } };
}
