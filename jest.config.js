/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/tests'],
  testMatch: ['**/*.test.ts'],
  transform: { '^.+\\.(t|j)sx?$': ['@swc/jest'] },
  setupFiles: ['<rootDir>/tests/setup/customFunctionsStub.js', '<rootDir>/tests/setup/clock.ts', '<rootDir>/tests/setup/seed.ts'],
};
