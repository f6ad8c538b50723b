/**
 * The generated part of examples/quotes/corpus/README.md: one row per fixture (source, rulings,
 * frame, expected answer) and the coverage table ruling → fixtures. `node tests/corpus/index.cjs`
 * rewrites it; tests/corpus/fixtures.test.ts checks it is current.
 */
const fs = require('node:fs');
const path = require('node:path');

const DIR = path.join(__dirname, '../../examples/quotes/corpus');
const README = path.join(DIR, 'README.md');
const START = '<!-- corpus-index:start -->';
const END = '<!-- corpus-index:end -->';

function fixtures() {
  return fs
    .readdirSync(DIR)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((file) => ({ file, ...JSON.parse(fs.readFileSync(path.join(DIR, file), 'utf8')) }));
}

const yen = (n) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
const cell = (s) => String(s).replace(/\|/g, '\\|');

function expected(e) {
  if (e.error) return `error: ${e.error.row}行目 「${cell(e.error.text)}」`;
  return `AMOUNT ${yen(e.AMOUNT)} · SELFPAY ${yen(e.SELFPAY)} · CHECK 「${cell(e.CHECK)}」`;
}

function sources(list) {
  return list.map((s) => `[${new URL(s.url).hostname.replace(/^www\./, '')}](${s.url})`).join(', ');
}

function number(id) {
  return id.split('-')[0];
}

function renderIndex() {
  const all = fixtures();
  const rows = all.map((f) => {
    const setting = [f.frame, f.size, f.options].filter((x) => x !== '').join(' · ');
    return `| [${f.id}](${f.file}) | ${sources(f.source)} | ${f.rulings.join(', ')} | ${cell(setting)} | ${expected(f.expect)} |`;
  });
  const byRuling = Array.from({ length: 43 }, (_, i) => `Q${i + 1}`).map((r) => {
    const ids = all.filter((f) => f.rulings.includes(r)).map((f) => number(f.id));
    return `| ${r} | ${ids.join(', ')} |`;
  });
  const asked = all.filter((f) => f.expect.error).length;
  return [
    `${all.length} fixtures: ${all.length - asked} answered, ${asked} asked (an error naming the row).`,
    '',
    '| fixture | source | rulings | frame · size · options | expected |',
    '| --- | --- | --- | --- | --- |',
    ...rows,
    '',
    '### Coverage (ruling → fixtures)',
    '',
    '| ruling | fixtures |',
    '| --- | --- |',
    ...byRuling,
  ].join('\n');
}

function indexSection(text) {
  const a = text.indexOf(START);
  const b = text.indexOf(END);
  if (a < 0 || b < a) throw new Error(`README.md lacks the ${START} … ${END} section`);
  return text.slice(a + START.length, b).trim();
}

if (require.main === module) {
  const text = fs.readFileSync(README, 'utf8');
  const a = text.indexOf(START);
  const b = text.indexOf(END);
  fs.writeFileSync(README, `${text.slice(0, a + START.length)}\n${renderIndex()}\n${text.slice(b)}`);
  console.log(`wrote ${path.relative(process.cwd(), README)}`);
}

module.exports = { renderIndex, indexSection };
