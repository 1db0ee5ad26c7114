// Lint rules that keep the layers apart: a wrong import fails `npm run lint`.
import js from '@eslint/js'
import tseslint from 'typescript-eslint'

const nodeBuiltins = ['node:*', 'fs', 'path', 'os', 'crypto', 'child_process', 'http', 'https', 'net', 'worker_threads']

/** Builds a no-restricted-imports rule from forbidden module patterns and a reason. */
function forbid(groups) {
  return {
    'no-restricted-imports': ['error', { patterns: groups.map(([group, message]) => ({ group, message })) }]
  }
}

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'test-output/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    // Plain CommonJS test helpers loaded by `node --require` (the stub electron for the built main bundle).
    files: ['test/**/*.cjs'],
    languageOptions: {
      sourceType: 'commonjs',
      globals: { require: 'readonly', module: 'writable', process: 'readonly', __dirname: 'readonly', Buffer: 'readonly', fetch: 'readonly', Request: 'readonly', Response: 'readonly', setImmediate: 'readonly', console: 'readonly' }
    },
    rules: { '@typescript-eslint/no-require-imports': 'off' }
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-explicit-any': 'error'
    }
  },
  {
    files: ['src/core/**/*.ts', 'src/cli/**/*.ts'],
    rules: forbid([
      [['electron', 'electron/*'], 'src/core and src/cli run in plain Node: never import electron.'],
      [['**/main/**', '**/renderer/**', '**/preload/**', 'react', 'react-dom'], 'src/core may use src/shared only.']
    ])
  },
  {
    // The CLI's --connection reads keys through the app's keychain adapter, which imports no electron: only that file may.
    files: ['src/cli/saved-connection.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [
        { group: ['electron', 'electron/*', '**/renderer/**', '**/preload/**', 'react', 'react-dom'], message: 'src/cli runs in plain Node without the app.' },
        { regex: '(^|/)main/(?!adapters/keychain$)', message: 'From src/main, src/cli may use the keychain adapter only.' }
      ] }]
    }
  },
  {
    files: ['src/shared/**/*.ts'],
    rules: forbid([
      [['electron', 'electron/*', ...nodeBuiltins], 'src/shared runs anywhere: no electron, no Node built-ins.'],
      [['**/core/**', '**/main/**', '**/renderer/**', '**/preload/**'], 'src/shared depends on nothing of the app.']
    ])
  },
  {
    files: ['src/renderer/**/*.{ts,tsx}'],
    rules: forbid([
      [['electron', 'electron/*', ...nodeBuiltins], 'The renderer is a sandboxed web page: no electron, no Node.'],
      [['**/core/**', '**/main/**', '**/preload/**', '**/web/**'], 'The renderer reaches the app only through its api module.']
    ])
  },
  {
    files: ['src/preload/**/*.ts'],
    rules: forbid([
      [['**/core/**', '**/main/**', '**/renderer/**', ...nodeBuiltins], 'The sandboxed preload may use electron and src/shared only.']
    ])
  },
  {
    files: ['src/renderer/**/*.{ts,tsx}'],
    ignores: ['src/renderer/src/api/**'],
    rules: {
      'no-restricted-syntax': [
        'error',
        { selector: "MemberExpression[object.name='window'][property.name='api']", message: 'Only src/renderer/src/api may touch window.api.' }
      ]
    }
  },
  {
    files: ['src/web/**/*.ts'],
    rules: forbid([[['electron', 'electron/*'], 'The web bridge runs the core in plain Node: no electron.']])
  },
  {
    files: ['bench/**/*.ts'],
    rules: forbid([
      [['electron', 'electron/*', '**/src/main/**', '**/src/preload/**', '**/src/renderer/**'], 'The bench measures the core in plain Node and the renderer only through the built page.']
    ])
  }
)
