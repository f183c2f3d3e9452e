// The linter for the whole repository: JavaScript's and TypeScript's recommended rules, and the
// rules of hooks for the Preact views (Preact's hooks follow React's rules).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';

export default tseslint.config(
  {
    ignores: [
      'node_modules/',
      '.output/',
      '.wxt/',
      'data/',
      'coverage/',
      'test-results/',
      // Real pages kept as test data, not code of ours.
      'test/pages/',
      'test/fixtures/',
      'server/demo/pages/',
    ],
  },
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'warn',
      // `_name` marks a parameter kept for its position.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
    },
  },
  {
    // Kysely's own advice: a migration sees the database as it was then (`Kysely<any>`), never
    // today's typed schema. Tests and benchmarks poke at JSON answers whose shape they assert.
    files: ['server/storage/migrations/**', 'test/**', 'bench/**'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    // Full-width spaces are part of the Chinese text the extractor reads; in strings and patterns
    // they are meant.
    rules: { 'no-irregular-whitespace': ['error', { skipStrings: true, skipRegExps: true, skipTemplates: true, skipComments: true }] },
  },
  {
    // Node scripts and the bundled CLI.
    files: ['**/*.{js,mjs,cjs}'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly', Buffer: 'readonly' } },
  },
);
