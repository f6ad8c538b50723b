/**
 * The table answers: BREAKDOWN (one scenario) and FRAMES (the rule tables). Rectangular
 * 2-D arrays with a header row, so they spill as they are.
 */
import { checkCell, yen } from '../errors/messages';
import { cellText, type Text } from '../errors/text';
import { HELPER_MSG } from '../errors/helperMessages';
import { isBlank } from '../input/normalizeText';
import { formatRate } from '../money/rate';
import { programNames, roundsOf, tablesMatching } from '../rules/registry';
import type { FrameRule, RuleTable } from '../rules/types';
import { amountOf, capOf, reasonsOf, selfPayOf, type Priced } from '../engine/calculate';
import { breakdownLines, breakdownNotes, notesOf } from '../engine/breakdown';
import { citation } from '../rules/citation';
import { lastRoundLabel } from '../rules/summary';
import { quoteLineRows } from './quoteLineRows';
import { IthojoError } from '../errors/IthojoError';
import { aboutText } from '../about';

export type Table = (string | number)[][];

/** BREAKDOWN's header and the labels of its rows after the tiers (literals: Code.js keeps no module-level call). */
export const BREAKDOWN_TEXTS = {
  header: [{ ja: '区分', en: 'item' }, { ja: '対象経費', en: 'cost' }, { ja: '補助率', en: 'rate' }, { ja: '補助額・上限前', en: 'before cap' }, { ja: '補助額', en: 'subsidy' }, { ja: '上限', en: 'cap' }],
  subsidy: { ja: '補助金額', en: 'subsidy' },
  paid: { ja: '支払総額・立替', en: 'paid up front' },
  selfPay: { ja: '自己負担額', en: 'self-payment' },
  check: { ja: '判定', en: 'check' },
  note: { ja: '注記', en: 'note' },
  source: { ja: '出典', en: 'source' },
} as const satisfies Record<string, Text | readonly Text[]>;
const T = BREAKDOWN_TEXTS;

export function breakdownTable(p: Priced): Table {
  const rows: Table = [T.header.map(cellText)];
  for (const l of breakdownLines(p)) rows.push([l.label.ja, l.cost, l.rate, l.before, l.after, l.cap ?? '']);
  const amount = amountOf(p);
  rows.push([cellText(T.subsidy), '', '', '', amount, capOf(p.plan)]);
  rows.push([cellText(T.paid), '', '', '', p.kind === 'single' ? p.e.total : p.g.total, '']);
  rows.push([cellText(T.selfPay), '', '', '', selfPayOf(p), '']);
  rows.push([cellText(T.check), checkCell(reasonsOf(p), []), '', '', '', '']);
  for (const n of [...notesOf(p), ...breakdownNotes(p)]) rows.push([cellText(T.note), citation(cellText(n)), '', '', '', '']);
  rows.push([cellText(T.source), `${p.plan.table.title} (ルール確認日 ${p.plan.table.checkedOn}): ${citation(p.plan.frame.source)}`, '', '', '', '']);
  if (p.kind === 'single' && p.e.lines) rows.push(...quoteLineRows(p.e.lines));
  return rows;
}

const FRAMES_HEADER = [
  '枠 (frame)', 'ID', '制度 (program)', '年度 (year)', '適用期間 (in force)', '最終締切 (last deadline)',
  '補助率 (rates)', '上限 (cap)', '下限 (floor)', '出典 (source)', 'ルール確認日 (rules checked)',
];

/** The header row; its last heading names the version and the rules' check date (it spills over the empty cells to its right). */
function framesHeader(): string[] {
  return [...FRAMES_HEADER.slice(0, -1), `${FRAMES_HEADER[FRAMES_HEADER.length - 1]} — ${cellText(aboutText())}`];
}

function unique<T>(xs: readonly T[]): T[] {
  return [...new Set(xs)];
}

const NO_ROUND = '未発表 (none on record)';

function periodOf(t: RuleTable): string {
  return `${t.effective.from} 〜 ${t.effective.until ?? ''}`.trim();
}

function frameRow(t: RuleTable, f: FrameRule): (string | number)[] {
  const rates = unique(f.buckets.flatMap((b) => b.tiers.flatMap((c) => c.value.parts.map((p) => formatRate(p.rate)))));
  const caps = f.group ? [f.group.baseAndAnalysisCap, f.group.otherCap] : unique(f.buckets[0]?.cap.map((c) => c.value) ?? []);
  const floors = unique(f.floor.map((c) => c.value));
  const groupRates = f.group ? [formatRate(f.group.analysisRate)] : [];
  return [
    f.name, f.id, t.title, t.fiscalYear, periodOf(t), lastRoundLabel(roundsOf(t, f.id)) ?? NO_ROUND,
    unique([...rates, ...groupRates]).join(', ') || (f.group ? 'インボイス対応類型に準ずる' : ''),
    caps.map((c) => yen(c)).join(' / '),
    floors.length === 1 ? floors[0] : floors.join(' / '),
    citation(f.source), t.checkedOn,
  ];
}

/** Every frame of every table (newest year first), or of one program; listings say their status. */
export function framesTable(program: unknown): Table {
  if (!isBlank(program) && typeof program !== 'string') throw new IthojoError(HELPER_MSG.unknownProgram(program, programNames()));
  const tables = tablesMatching(isBlank(program) ? '' : program);
  if (tables.length === 0) throw new IthojoError(HELPER_MSG.unknownProgram(program, programNames()));
  const rows: Table = [framesHeader()];
  for (const t of tables) {
    for (const f of t.frames) rows.push(frameRow(t, f));
    for (const l of t.listings ?? []) {
      rows.push([l.name, l.id, t.title, t.fiscalYear, periodOf(t), lastRoundLabel(l.rounds ?? [], l.roundNaming) ?? '', l.status, '', '', `${l.description} — ${citation(l.source)}`, t.checkedOn]);
    }
  }
  return rows;
}
