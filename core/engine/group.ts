/**
 * 複数社連携IT導入枠: a members table priced as (a) 基盤導入経費 per member through the member
 * frame (インボイス対応類型), (b) 消費動向等分析経費 and (c) その他経費 with the group caps of
 * the rule table (it2025.md §6.2–6.4, the official 計算用ツール 様式5・6).
 */
import { IthojoError, isIthojoError } from '../errors/IthojoError';
import { MSG } from '../errors/messages';
import { QUOTE_MSG } from '../errors/quoteMessages';
import type { Text } from '../errors/text';
import { isBlank, normalizeKey } from '../input/normalizeText';
import { parseAmount } from '../input/parseAmount';
import { parseCount } from '../input/parseNumber';
import { parseSize } from '../input/parseSize';
import { SIZE_LABELS } from '../rules/sizes';
import type { QuoteLine } from '../quote/types';
import { frac, mul } from '../money/exact';
import { truncateYen } from '../money/truncateYen';
import type { CategoryRule, GroupRule } from '../rules/types';
import { evaluateLines, type Evaluation } from './evaluate';
import { siblingPlan, type Plan } from './plan';

type Column = 'name' | 'size' | 'functions' | 'base' | 'pc' | 'register' | 'analysis' | 'other';

/** Header words that identify each column (matched after normalisation, by containment). */
const HEADERS: readonly (readonly [Column, readonly string[]])[] = [
  ['analysis', ['消費動向等分析経費', '分析', 'analysis']],
  ['other', ['その他経費', 'その他', 'other']],
  ['base', ['基盤導入経費', '基盤', 'ソフトウェア', 'base']],
  ['pc', ['PC', 'パソコン', 'タブレット']],
  ['register', ['レジ', '券売機', 'register']],
  ['size', ['規模', 'size']],
  ['functions', ['機能', 'functions']],
  ['name', ['構成員', '事業者', '名称', 'member', 'name']],
];
const HEADER_NAMES = ['構成員', '規模', '機能', '基盤導入経費', 'PC等', 'レジ等', '消費動向等分析経費', 'その他経費'];

export interface MemberResult {
  readonly name: string;
  readonly base: Evaluation;
}

export interface GroupEvaluation {
  readonly rule: GroupRule;
  readonly members: readonly MemberResult[];
  readonly a: number;
  readonly analysisCost: number;
  readonly analysisMembers: number;
  readonly b: number;
  readonly otherCost: number;
  readonly otherCapByShare: number;
  readonly c: number;
  /** (a)+(b)+(c) before the eligibility check. */
  readonly subsidy: number;
  readonly amount: number;
  /** Every cost of the table as given (tax-inclusive when 税込). */
  readonly total: number;
  /** Eligible cost, tax-exclusive, in yen (display and effective rate only). */
  readonly eligibleCost: number;
  readonly eligible: boolean;
  readonly reasons: readonly Text[];
}

function columnsOf(header: readonly unknown[]): Map<Column, number> {
  const cols = new Map<Column, number>();
  header.forEach((cell, i) => {
    if (typeof cell !== 'string') return;
    const key = normalizeKey(cell);
    const hit = HEADERS.find(([col, words]) => !cols.has(col) && words.some((w) => key.includes(normalizeKey(w))));
    if (hit) cols.set(hit[0], i);
  });
  return cols;
}

function amountAt(row: readonly unknown[], col: number | undefined, rowNo: number): number {
  if (col === undefined || isBlank(row[col])) return 0;
  try {
    return parseAmount(row[col]).yen;
  } catch (e) {
    throw isIthojoError(e) ? new IthojoError(QUOTE_MSG.membersRow(rowNo, e.text)) : e;
  }
}

export function evaluateGroup(plan: Plan, group: GroupRule, cost: unknown, sizeArg: unknown): GroupEvaluation {
  if (!Array.isArray(cost)) throw new IthojoError(QUOTE_MSG.membersNeedTable(plan.frame.name));
  const rows = cost as unknown[][];
  const cols = columnsOf(rows[0] ?? []);
  if (!cols.has('base')) throw new IthojoError(QUOTE_MSG.membersShape(HEADER_NAMES));
  const categories = plan.table.categories;
  const category = (id: string): CategoryRule => categories.find((c) => c.id === id)!;

  const members: MemberResult[] = [];
  const memberReasons: Text[] = [];
  let analysisCost = 0;
  let analysisMembers = 0;
  let otherCost = 0;
  let outsiders = 0;
  for (let i = 1; i < rows.length; i++) {
    const row = rows[i];
    if (row.every(isBlank)) continue;
    const rowNo = i + 1;
    const name = String(row[cols.get('name') ?? 0] ?? `#${rowNo}`);
    const memberPlan = memberPlanFor(plan, group, row, cols, sizeArg, rowNo);
    if (!group.memberSizes.includes(memberPlan.size.size)) {
      // 公募要領(複数社連携) 2-2-1(3)(ア), (5)(ア): members are 中小企業・小規模事業者等; a 大企業 row is neither counted nor priced
      memberReasons.push(QUOTE_MSG.memberNotEligible(rowNo, name, SIZE_LABELS[memberPlan.size.size]));
      for (const col of ['base', 'pc', 'register', 'analysis', 'other'] as const) outsiders += amountAt(row, cols.get(col), rowNo);
      continue;
    }
    const lines: QuoteLine[] = [
      { row: rowNo, category: category('software'), amount: amountAt(row, cols.get('base'), rowNo), truncated: false },
      { row: rowNo, category: category('pc'), amount: amountAt(row, cols.get('pc'), rowNo), truncated: false },
      { row: rowNo, category: category('register'), amount: amountAt(row, cols.get('register'), rowNo), truncated: false },
    ];
    members.push({ name, base: evaluateLines(memberPlan, lines) });
    const analysis = amountAt(row, cols.get('analysis'), rowNo);
    if (analysis > 0) analysisMembers++;
    analysisCost += analysis;
    otherCost += amountAt(row, cols.get('other'), rowNo);
  }
  const tax = plan.taxFactor;
  const sumA = members.reduce((s, m) => s + m.base.amount, 0);
  const a = Math.min(sumA, group.baseAndAnalysisCap);
  // (b) cap counts the members that introduce analysis tools: never more than the tool's 構成員数
  const b = Math.min(
    truncateYen(mul(mul(frac(analysisCost), tax), group.analysisRate)),
    group.analysisCapPerMember * analysisMembers,
    group.baseAndAnalysisCap - a,
  );
  const otherCapByShare = truncateYen(mul(frac(a + b), group.otherShare));
  const c = Math.min(truncateYen(mul(mul(frac(otherCost), tax), group.otherRate)), otherCapByShare, group.otherCap);
  const subsidy = a + b + c;
  const reasons = [...plan.ineligible, ...memberReasons];
  if (members.length < group.minMembers) reasons.push(QUOTE_MSG.tooFewMembers(members.length, group.minMembers));
  if (reasons.length === 0 && subsidy === 0) reasons.push(MSG.noEligibleCost());
  const eligible = reasons.length === 0;
  const total = members.reduce((s, m) => s + m.base.total, 0) + analysisCost + otherCost + outsiders;
  const eligibleCost = members.reduce((s, m) => s + truncateYen(m.base.eligibleCost), 0)
    + truncateYen(mul(frac(analysisCost + otherCost), tax));
  return {
    rule: group, members, a, analysisCost, analysisMembers, b, otherCost, otherCapByShare, c,
    subsidy, amount: eligible ? subsidy : 0, total, eligibleCost, eligible, reasons,
  };
}

const FUNCTIONS_CELL = { ja: '機能', en: 'functions' };

/** A member row's plan: the member frame of the group's own table, with the row's 規模 and 機能. */
function memberPlanFor(plan: Plan, group: GroupRule, row: readonly unknown[], cols: Map<Column, number>, sizeArg: unknown, rowNo: number): Plan {
  const sizeCell = cols.has('size') && !isBlank(row[cols.get('size')!]) ? row[cols.get('size')!] : sizeArg;
  const fnCell = cols.has('functions') ? row[cols.get('functions')!] : undefined;
  try {
    // a member cell holds exactly its value: "2 税込" in 機能 is an error, not two options
    const functions = isBlank(fnCell) ? plan.options.functions : parseCount(fnCell, FUNCTIONS_CELL, { min: 0, max: 3, suffixes: ['機能'] }, '2');
    const { round: _round, ...options } = plan.options;
    return siblingPlan(plan, group.memberFrame, parseSize(sizeCell), { ...options, functions });
  } catch (e) {
    throw isIthojoError(e) ? new IthojoError(QUOTE_MSG.membersRow(rowNo, e.text)) : e;
  }
}
