/** Unit, emulator, bundle and browser tests. Type-checking is `npm run typecheck` (ts-jest does not type-check under isolatedModules). */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts', '**/*.test.tsx'],
  transform: {
    '^.+\\.tsx?$': ['ts-jest', { tsconfig: 'tsconfig.json', diagnostics: false }],
  },
  moduleFileExtensions: ['ts', 'tsx', 'js', 'json'],
  testTimeout: 30000,
  // Tests translate keys of every table, as the bundles do between them.
  setupFiles: ['<rootDir>/test/helpers/register-strings.ts'],
};
