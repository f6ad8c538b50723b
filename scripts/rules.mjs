// npm run rules [-- <program>] [-- --date=YYYY-MM-DD]
// Every rule table, as a maintainer reads it before a release and a support person quotes it:
// effective period, check date, frames, rounds (締切, 交付決定, how sure, when checked, source),
// the last known deadline, and what is listed without being computed. Read from the core's own
// tables (core ruleFacts(), the same facts as the README's rule-year table and the help page),
// compiled from source, so it needs no build. docs/rules.md says how to add to them.
import { loadTs } from './load-ts.mjs';

const core = await loadTs('core/index.ts');

const args = process.argv.slice(2);
const dateArg = args.find((a) => a.startsWith('--date='));
const filter = args.filter((a) => !a.startsWith('--')).join(' ').trim();
const today = dateArg ? dateArg.slice('--date='.length) : core.today();
if (!/^\d{4}-\d{2}-\d{2}$/.test(today)) fail(`--date は YYYY-MM-DD で指定してください (--date takes YYYY-MM-DD): ${today}`);

const all = core.ruleFacts();
const tables = filter === '' ? all : all.filter((t) => [t.program, t.title, t.programId].some((n) => n.toLowerCase().includes(filter.toLowerCase())));
if (tables.length === 0) fail(`「${filter}」に当たる制度はありません。制度: ${[...new Set(all.map((t) => t.program))].join('、')} (no program matches)`);

/** Columns of a terminal: East Asian wide and full-width characters take two. */
function width(text) {
  let w = 0;
  for (const ch of text) w += /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u.test(ch) ? 2 : 1;
  return w;
}
const pad = (text, w) => text + ' '.repeat(Math.max(0, w - width(text)));

/** Rows as aligned columns (the last column is not padded: sources run to the line's end). */
function columns(rows, indent) {
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => width(r[i]))));
  return rows.map((r) => indent + r.map((c, i) => (i === r.length - 1 ? c : pad(c, widths[i]))).join('  ')).join('\n');
}

/** The table a call answers from today by default: the newest of its program in force (it2026.md §5). */
const inForce = (t) => t.from <= today && (t.until === null || today <= t.until);
const defaults = new Set();
for (const program of new Set(all.map((t) => t.programId))) {
  const current = all.find((t) => t.programId === program && inForce(t));
  if (current) defaults.add(current.title);
}

const out = [];
out.push(`ITHOJO ルール表 (rule tables) — ルール確認日 (rules last checked) ${core.rulesCheckedOn()}`);
out.push(`基準日 (as of) ${today}${dateArg ? '' : ' (今日・東京 today, Asia/Tokyo)'}   ★ 基準日に既定で答える表 (answers by default on that day)`);
out.push('確度 (confidence): 確認 = 公式又は独立した2つの資料 (official or two sources) · VENDOR = 1社・又聞き、要確認 (one second-hand source) · 要確認 = 資料により異なる (sources differ)');

let program = '';
for (const t of tables) {
  // a program keeps its id when it is renamed (IT導入補助金 → デジタル化・AI導入補助金): one heading, the newest name
  if (t.programId !== program) {
    program = t.programId;
    out.push('', `■ ${[...new Set(tables.filter((x) => x.programId === program).map((x) => x.program))].join(' / ')}`);
  }
  const period = `${t.from} 〜 ${t.until ?? '(現行 current)'}`;
  out.push(`${defaults.has(t.title) ? '★' : ' '} ${t.title}   年度=${t.fiscalYear}   適用 (in force) ${period}   ルール確認日 (checked) ${t.checkedOn}`);
  out.push(`    枠 (frames): ${t.frames.join('、') || '—'}`);
  out.push(`    出典 (source): ${t.source}`);
  for (const s of t.schedules) {
    out.push(`    公募回 (rounds) — ${s.frames.join('・')}`);
    const rows = [['回', '締切', '交付決定', '実績報告', '確度', '確認日', '出典'],
      ...s.rounds.map((r) => [r.name, r.deadline, r.decision ?? '—', r.report ?? '—', r.tag, r.checkedOn, r.source])];
    out.push(columns(rows, '      '));
    const last = s.last;
    const state = last.deadline < today ? '締切済み・以降は未発表 (closed; no later round on record)' : '受付中又は予定 (open or planned)';
    out.push(`      最終締切 (last known deadline): ${core.roundLabel(last)} — ${state}`);
  }
  if (t.schedules.length === 0) out.push('    公募回 (rounds): 収録なし (none on record)');
  for (const l of t.listings) out.push(`    一覧のみ (listed, not computed): ${l.name} — ${l.status}`);
}
console.log(out.join('\n'));

function fail(message) {
  console.error(message);
  process.exit(1);
}
