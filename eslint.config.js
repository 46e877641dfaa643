import js from '@eslint/js'
import jest from 'eslint-plugin-jest'
import globals from 'globals'
import tseslint from 'typescript-eslint'

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'node_modules/**',
      'bench/node_modules/**',
      'bench/sdk.js',
      'mutation/**',
      'reports/**',
      '.stryker-tmp/**',
      'coverage/**',
      'stryker.config.mjs'
    ]
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      globals: { ...globals.node },
      parserOptions: { project: './tsconfig.check.json', tsconfigRootDir: import.meta.dirname }
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }]
    }
  },
  {
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' }
  },
  {
    // Plain JavaScript (harness, scripts, bench) is type-checked by tsc with checkJs, and tests
    // read JSON they parse back; these rules would flag every such value, typed any.
    files: ['**/*.js', '**/*.cjs', '__tests__/**', '__fixtures__/**'],
    rules: {
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-return': 'off'
    }
  },
  {
    files: ['__tests__/**', '__fixtures__/**'],
    ...jest.configs['flat/recommended'],
    rules: {
      ...jest.configs['flat/recommended'].rules,
      'jest/expect-expect': [
        'error',
        {
          assertFunctionNames: [
            'expect',
            'expectNoSecrets',
            'expectNoSecretForms',
            'expectOnlyOwnCommands',
            'fc.assert'
          ]
        }
      ],
      // A check every test of a suite shares (no request broke Box's API description) runs after each.
      'jest/no-standalone-expect': [
        'error',
        { additionalTestBlockFunctions: ['afterEach', 'afterAll'] }
      ]
    }
  }
)
