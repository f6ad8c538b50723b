/**
 * 事業承継・M&A補助金: the frames of 13次 (令和6年度補正), which 14次 (令和7年度補正) repeats
 * (it2026.md §6.1: "as 13次"). Every number cites ../shared/rules/programs-2025.md §1. What a
 * year changes is passed in as its notes, so 2025 and 2026 share one definition.
 */
import { HALF, THIRD, TWO_THIRDS } from '../../money/rate';
import { bi, type Text } from '../../errors/text';
import { flatRate } from '../tiers';
import type { BucketRule, CategoryRule, Choice, Condition, FrameRule, Refusal, TierSet } from '../types';

/** The program every round's table belongs to (its names do not change between rounds). */
export const PROGRAM = {
  programId: 'ma',
  program: '事業承継・M&A補助金',
  programEn: 'Business Succession and M&A Subsidy',
  programAliases: ['事業承継・引継ぎ補助金', 'M&A補助金', '事業承継補助金'],
} as const;

export const CATEGORIES: readonly CategoryRule[] = [
  {
    id: 'expense', label: '補助対象経費',
    names: ['補助対象経費', '経費', '事業費', '設備費', '謝金', '旅費', '外注費', '委託費', 'FA', '仲介', 'FA・仲介費用', 'DD費用', 'システム利用料', '保険料', '産業財産権等関連経費', 'expense'],
    source: 'programs-2025.md §1.1 (flyer: 対象経費)',
  },
  {
    id: 'closure', label: '廃業費',
    names: ['廃業費', '廃業支援費', '在庫廃棄費', '解体費', '原状回復費', 'リース解約費', '移転・移設費用', '移転費', 'closure'],
    source: 'programs-2025.md §1.1, §1.5 (廃業・再チャレンジ枠)',
  },
];

const small: Condition = { size: ['small'] };

/** 1/2, 小規模 2/3; the part of the subsidy above 800万円 at 1/2 (reaches 1,000万 only with 賃上げ). */
const promotionTiers: Choice<TierSet> = [
  {
    when: small,
    value: { basis: 'subsidy', parts: [{ upTo: 8_000_000, rate: TWO_THIRDS }, { upTo: null, rate: HALF }] },
    source: 'programs-2025.md §1.1 (小規模 2/3; 800万円超の部分 1/2), §1.6 例A3',
  },
  { value: flatRate(HALF), source: 'programs-2025.md §1.1 (中小 1/2)' },
];

const wageCap: Choice<number> = [
  {
    when: { option: 'wage' }, value: 10_000_000, source: 'programs-2025.md §1.1–1.2 (賃上げで1,000万円)',
    note: bi('賃上げ: 事業場内最低賃金+50円以上を補助事業期間の終了時までに達成', 'wage raise: the in-house minimum wage +50 yen or more by the end of the project'),
  },
  { value: 8_000_000, source: 'programs-2025.md §1.1 (800万円)' },
];

/** 廃業費 combined with another frame: +150万円 at that frame's rate (programs-2025.md §1.5). */
function closureAddOn(tiers: Choice<TierSet>, year?: ClosureCap): BucketRule {
  return {
    id: 'closure', label: '廃業費 (併用)', categories: ['closure'],
    requires: {
      categories: ['expense'],
      reason: bi('廃業費は他の枠の事業費と併用する場合のみ加算されます (単独は廃業・再チャレンジ枠)', 'Closure costs add on only beside a main frame\'s costs'),
      source: 'programs-2025.md §1.1, §1.5 (併用申請)',
    },
    // the main frame's rate, without its notes (they are shown once, on the main bucket)
    tiers: tiers.map((t) => ({ when: t.when, value: flatRate(t.value.parts[0].rate), source: t.source })),
    cap: [{ value: 1_500_000, source: withYear('programs-2025.md §1.1, §1.5 (+150万円, 事業費の補助率に従う)', year), note: year?.note }],
  };
}

/** A cap's source with what the year's sources say of it (and how sure that is). */
function withYear(source: string, year: ClosureCap | undefined): string {
  return year ? `${source}; ${year.source}` : source;
}

const expertCap: Choice<number> = [
  { when: { option: 'dd' }, value: 8_000_000, source: 'programs-2025.md §1.1, §1.5 (DD費用で上限800万円)', note: bi('DD費用を計上', 'DD costs claimed') },
  { value: 6_000_000, source: 'programs-2025.md §1.1 (600万円)' },
];

const BUYER_RATE: Choice<TierSet>[number] = { value: flatRate(TWO_THIRDS), source: 'programs-2025.md §1.3 (買い手 2/3)' };

/** 買い手支援類型 with the 100億企業特例 (2025): 1/2 up to 1,000万円, 1/3 above (on the subsidy unless 100億基準=経費). */
function billionTiers(note: Text): Choice<TierSet> {
  return [
    {
      when: { all: [{ option: 'billion' }, { equals: ['billionBasis', 'cost'] }] },
      value: { basis: 'cost', parts: [{ upTo: 10_000_000, rate: HALF }, { upTo: null, rate: THIRD }] },
      source: 'programs-2025.md §1.3 (経費で判定する読み方: 100億基準=経費)',
      note: bi(`${note.ja} (経費基準)`, `${note.en} (split on the cost)`),
    },
    {
      when: { option: 'billion' },
      value: { basis: 'subsidy', parts: [{ upTo: 10_000_000, rate: HALF }, { upTo: null, rate: THIRD }] },
      source: 'programs-2025.md §1.3 (補助額で判定する読み方); rules/README.md', note,
    },
    BUYER_RATE,
  ];
}

const sellerTiers: Choice<TierSet> = [
  {
    when: { any: [{ option: 'loss' }, { option: 'marginDrop' }] }, value: flatRate(TWO_THIRDS),
    source: 'programs-2025.md §1.4 (赤字 又は 営業利益率の低下で2/3)', note: bi('赤字・利益率低下', 'loss-making or falling margin'),
  },
  { value: flatRate(HALF), source: 'programs-2025.md §1.1 (売り手 1/2)' },
];

/** What a year's sources say of the 廃業費 cap (150万円): a note for BREAKDOWN and CHECK, and its tagged source. */
export interface ClosureCap {
  readonly note: Text;
  readonly source: string;
}

/** What a year says beside the shared rules (shown in BREAKDOWN). */
export interface SuccessionNotes {
  /** Cited before each frame's own source: which round's documents the year's table rests on. */
  readonly source?: string;
  /** On the 廃業費 cap, of the add-on and of 廃業・再チャレンジ枠. */
  readonly closureCap?: ClosureCap;
  /** The 100億企業特例: priced (with this note), or refused (the year's figures are not on record). */
  readonly billion: { readonly note: Text } | { readonly refusal: Refusal };
}

export function successionFrames(notes: SuccessionNotes): readonly FrameRule[] {
  const closureAddOnOf = (tiers: Choice<TierSet>): BucketRule => closureAddOn(tiers, notes.closureCap);
  const billion = 'note' in notes.billion ? notes.billion.note : null;
  const buyer = billion === null ? [BUYER_RATE] : billionTiers(billion);
  const frames: FrameRule[] = [
    {
      id: 'ma-succession', name: '事業承継促進枠', nameEn: 'Business succession promotion', aliases: ['事業承継促進', 'succession'],
      source: 'programs-2025.md §1.1–1.2', sizes: ['small', 'sme'], options: ['wage'], plainCategory: 'expense',
      floor: [{ value: 1_000_000, source: 'programs-2025.md §1.1 (下限100万円)' }],
      buckets: [
        { id: 'main', label: '事業費', categories: ['expense'], tiers: promotionTiers, cap: wageCap },
        closureAddOnOf(promotionTiers),
      ],
    },
    {
      id: 'ma-buyer', name: '買い手支援類型', nameEn: 'Expert support: buyer', aliases: ['専門家活用枠(買い手支援類型)', '買い手支援', '買い手', 'buyer'],
      source: 'programs-2025.md §1.1, §1.3, §1.5', sizes: ['small', 'sme'],
      options: billion === null ? ['dd'] : ['dd', 'billion', 'billionBasis'], plainCategory: 'expense',
      refusals: 'refusal' in notes.billion ? [notes.billion.refusal] : undefined,
      floor: [{ value: 500_000, source: 'programs-2025.md §1.1 (下限50万円)' }],
      buckets: [
        {
          id: 'main', label: '事業費', categories: ['expense'], tiers: buyer,
          cap: billion === null ? expertCap : [
            { when: { option: 'billion' }, value: 20_000_000, source: 'programs-2025.md §1.1, §1.3 (100億企業特例 2,000万円)', note: billion },
            ...expertCap,
          ],
        },
        closureAddOnOf(buyer),
      ],
    },
    {
      id: 'ma-seller', name: '売り手支援類型', nameEn: 'Expert support: seller', aliases: ['専門家活用枠(売り手支援類型)', '売り手支援', '売り手', 'seller'],
      source: 'programs-2025.md §1.1, §1.4, §1.5', sizes: ['small', 'sme'], options: ['dd', 'loss', 'marginDrop'], plainCategory: 'expense',
      floor: [{ value: 500_000, source: 'programs-2025.md §1.1 (下限50万円)' }],
      buckets: [
        { id: 'main', label: '事業費', categories: ['expense'], tiers: sellerTiers, cap: expertCap },
        closureAddOnOf(sellerTiers),
      ],
    },
    {
      id: 'ma-pmi-expert', name: 'PMI専門家活用類型', nameEn: 'PMI expert support', aliases: ['PMI推進枠(PMI専門家活用類型)', 'PMI専門家活用', 'pmi-expert'],
      source: 'programs-2025.md §1.1 (PMI専門家活用類型)', sizes: ['small', 'sme'], options: [], plainCategory: 'expense',
      floor: [{ value: 500_000, source: 'programs-2025.md §1.1 (下限50万円)' }],
      buckets: [{
        id: 'main', label: '事業費', categories: ['expense'],
        tiers: [{ value: flatRate(HALF), source: 'programs-2025.md §1.1 (1/2)' }],
        cap: [{ value: 1_500_000, source: 'programs-2025.md §1.1 (150万円)' }],
      }],
    },
    {
      id: 'ma-pmi-invest', name: '事業統合投資類型', nameEn: 'PMI integration investment', aliases: ['PMI推進枠(事業統合投資類型)', '事業統合投資', 'pmi-invest'],
      source: 'programs-2025.md §1.1 (事業統合投資類型; 小規模 2/3 と 800万円超 1/2 は事業承継促進枠と同じ)', sizes: ['small', 'sme'], options: ['wage'], plainCategory: 'expense',
      floor: [{ value: 1_000_000, source: 'programs-2025.md §1.1 (下限100万円)' }],
      buckets: [
        { id: 'main', label: '事業費', categories: ['expense'], tiers: promotionTiers, cap: wageCap },
        closureAddOnOf(promotionTiers),
      ],
    },
    {
      id: 'ma-closure', name: '廃業・再チャレンジ枠', nameEn: 'Closure and re-challenge', aliases: ['再チャレンジ', '廃業・再チャレンジ', '再チャレンジ申請', 'closure'],
      source: 'programs-2025.md §1.1 (再チャレンジ申請; 補助率・下限は[要確認])', sizes: ['small', 'sme'], options: [], plainCategory: 'closure',
      floor: [{ value: 500_000, source: 'programs-2025.md §1.1 (下限50万円 [要確認]: 過大にならない高い方の読み方)' }],
      buckets: [{
        id: 'main', label: '廃業費', categories: ['closure'],
        // rules/README.md ruling: the stand-alone rate is [要確認], so 1/2 for everyone (2/3 would overstate)
        tiers: [{
          value: flatRate(HALF), source: 'programs-2025.md §1.1 (1/2 又は 2/3 [要確認]); rules/README.md (全員 1/2)',
          note: bi('補助率1/2 (小規模・赤字で2/3とする資料もありますが要確認のため1/2で計算)', 'rate 1/2 (some sources give 2/3 to small or loss-making businesses; unconfirmed, so 1/2)'),
        }],
        cap: [{ value: 1_500_000, source: withYear('programs-2025.md §1.1 (150万円)', notes.closureCap), note: notes.closureCap?.note }],
      }],
    },
  ];
  return notes.source === undefined ? frames : frames.map((f) => ({ ...f, source: `${notes.source}; ${f.source}` }));
}
