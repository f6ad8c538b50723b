// The README's function reference must be what the declarations and the core produce today.
import { readFileSync } from 'node:fs';
import path from 'node:path';

const root = path.join(__dirname, '../..');

test('README function reference is generated from the declarations (run node scripts/function-reference.cjs)', () => {
  const { renderReference, readmeSection } = require(path.join(root, 'scripts/function-reference.cjs'));
  const readme = readFileSync(path.join(root, 'README.md'), 'utf8');
  expect(readmeSection(readme)).toBe(renderReference().trim());
});

test('README rule years are generated from the rule tables (run node scripts/function-reference.cjs)', () => {
  const { renderRuleYears, readmeRuleYears } = require(path.join(root, 'scripts/function-reference.cjs'));
  const readme = readFileSync(path.join(root, 'README.md'), 'utf8');
  expect(readmeRuleYears(readme)).toBe(renderRuleYears().trim());
});

test('README gives the two set-up commands and the test command', () => {
  const readme = readFileSync(path.join(root, 'README.md'), 'utf8');
  expect(readme).toContain('npm ci && npm run demo');
  expect(readme).toContain('npm test');
});
