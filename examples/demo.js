// npm run demo: a vendor's quotation sheet as it is and a scenario table priced through the Node
// build (dist/core/ithojo.cjs), printed as tables. The first thing a newcomer runs. The quote is a
// messy one from the public corpus (examples/quotes/corpus/): a title block with its own total, a
// discount written ▲, subtotal rows and a note, read as a person reads it.
const path = require('node:path');
const ITHOJO = require(path.join(__dirname, '../dist/core/ithojo.cjs'));
const quote = require('./quotes/corpus/02-proportal-title-block-discount.json');
const scenarios = require('./scenarios.json');

/** Display width: CJK and full-width characters take two columns in a terminal. */
function width(text) {
  let w = 0;
  for (const ch of String(text)) w += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(ch) ? 2 : 1;
  return w;
}

function cell(x) {
  if (typeof x === 'number') return Number.isInteger(x) ? x.toLocaleString('en-US') : x.toFixed(4);
  return String(x);
}

/** Rows of one long text (notes, sources) print below their table, not as a column. */
const TEXT_ROWS = ['注記 (note)', '出典 (source)', '判定 (check)'];

function printTable(title, allRows) {
  const rows = allRows.filter((r) => !TEXT_ROWS.includes(r[0]));
  const text = rows.map((r) => r.map(cell));
  const widths = text[0].map((_, i) => Math.max(...text.map((r) => width(r[i] ?? ''))));
  const line = (r) => r.map((c, i) => (typeof rows[0][i] === 'number' || /^[\d,.]+$/.test(c) ? ' '.repeat(widths[i] - width(c)) + c : c + ' '.repeat(widths[i] - width(c)))).join(' │ ');
  console.log(`\n${title}`);
  console.log(line(text[0]));
  console.log(widths.map((w) => '─'.repeat(w)).join('─┼─'));
  for (const r of text.slice(1)) console.log(line(r));
  for (const r of allRows.filter((x) => TEXT_ROWS.includes(x[0]))) console.log(`  ${r[0]} ${r[1]}`);
}

function orMessage(x) {
  return x instanceof Error ? x.message : x;
}

// 1. A quotation sheet as the vendor wrote it (docs/quotes.md): which frame pays most, and how.
const range = `A1:${String.fromCharCode(64 + Math.max(...quote.rows.map((r) => r.length)))}${quote.rows.length}`;
printTable(`見積書 (examples/quotes/corpus/${quote.id}.json) — ${quote.about.split('。')[0]}`, quote.rows.map((r) => r.map((c) => (c === '' ? ' ' : c))));
console.log(`  出典 (source): ${quote.source.map((s) => s.url).join(', ')}`);
printTable(`どの枠が有利か (${quote.size}, ${quote.options}) — =ITHOJO.COMPARE(${range}, "${quote.size}", "${quote.options}")`, ITHOJO.COMPARE(quote.rows, quote.size, quote.options));
printTable(`内訳 (${quote.frame}) — =ITHOJO.BREAKDOWN("${quote.frame}", ${range}, "${quote.size}", "${quote.options}")`, ITHOJO.BREAKDOWN(quote.frame, quote.rows, quote.size, quote.options));
console.log(`\n  =ITHOJO.CHECK("${quote.frame}", ${range}, "${quote.size}", "${quote.options}")\n  → ${ITHOJO.CHECK(quote.frame, quote.rows, quote.size, quote.options)}`);

// 2. A scenario table in one bulk call per function, as a spreadsheet range would be.
const col = (i) => scenarios.rows.map((r) => [r[i]]);
const args = [col(0), col(1), col(2), col(3)];
const amounts = ITHOJO.AMOUNT(...args);
const rates = ITHOJO.RATE(...args);
const selfPays = ITHOJO.SELFPAY(...args);
const checks = ITHOJO.CHECK(...args);
const table = [['枠', '経費', '規模', 'オプション', '補助金額', '補助率', '自己負担額', '判定']];
scenarios.rows.forEach((r, i) => {
  table.push([...r, orMessage(amounts[i][0]), orMessage(rates[i][0]), orMessage(selfPays[i][0]), checks[i][0]]);
});
printTable('シナリオ表 — scenario table (one AMOUNT call for all rows)', table);
console.log('\n関数の一覧: README.md の「関数リファレンス」 (function reference in README.md)');
