/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/tests'],
  testMatch: ['**/*.test.ts'],
  transform: { '^.+\\.(t|j)sx?$': ['@swc/jest'] },
  // office-addin-mock pulls in strip-bom and uuid, which ship as ES modules only: transform those two
  transformIgnorePatterns: ['/node_modules/(?!(.*/node_modules/)?(strip-bom|uuid)/)'],
  setupFiles: ['<rootDir>/tests/setup/customFunctionsStub.js', '<rootDir>/tests/setup/clock.ts', '<rootDir>/tests/setup/seed.ts'],
};
