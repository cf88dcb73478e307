// @ts-check
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import astro from 'eslint-plugin-astro';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig(
  { ignores: ['dist/', '.astro/', 'node_modules/', 'archives/', 'reports/', '.stryker-tmp/'] },
  js.configs.recommended,
  tseslint.configs.strict,
  astro.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
  },
  {
    // Tests index into arrays they have just asserted on; strictest's noUncheckedIndexedAccess makes `!` the plain way to say so.
    files: ['tests/**/*.ts'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off' },
  },
  {
    // A test's synchronous child blocks Vitest's own timeout: tests/support/child.ts gives each one a limit instead.
    files: ['tests/**/*.ts'],
    ignores: ['tests/support/child.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'node:child_process',
              importNames: ['spawnSync', 'execFileSync', 'execSync'],
              message: 'Use runChild or childOutput from tests/support/child.ts, which kill a child that does not end and name it.',
            },
          ],
        },
      ],
    },
  },
  {
    // process.exit() can hang for good on Node 24 while a compile job runs in the background (nodejs/node#54918).
    files: ['scripts/**', 'src/**'],
    rules: {
      'no-restricted-properties': [
        'error',
        { object: 'process', property: 'exit', message: 'Set process.exitCode and return, so that the process ends by itself.' },
      ],
    },
  },
  {
    files: ['src/client/**'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    files: ['**/*.astro'],
    languageOptions: { globals: { ...globals.browser } },
  },
);
