/**
 * Application deadlines (締切, 17:00) by frame and round, with sources. Only dates the rule notes
 * give; rounds without a confirmed date are absent, so DEADLINE says so instead of guessing.
 */
export interface Deadline {
  readonly round: number;
  readonly date: string;
  readonly decision?: string;
  readonly source: string;
}

const IT_MAIN: readonly Deadline[] = [
  { round: 1, date: '2025-05-12', decision: '2025-06-18', source: 'it2025.md §8 (flyer; hojyokin-concierge)' },
  { round: 2, date: '2025-06-16', decision: '2025-07-24', source: 'it2025.md §8 [VENDOR]' },
  { round: 3, date: '2025-07-18', decision: '2025-09-02', source: 'it2025.md §8 [VENDOR, uncertain]' },
  { round: 4, date: '2025-08-20', decision: '2025-09-30', source: 'it2025.md §8 [VENDOR, 8/25 also reported]' },
  { round: 5, date: '2025-09-22', decision: '2025-10-31', source: 'it2025.md §8 [VENDOR]' },
  { round: 6, date: '2025-10-31', decision: '2025-12-11', source: 'it2025.md §8 [VENDOR]' },
  { round: 7, date: '2025-12-02', decision: '2026-01-20', source: 'it2025.md §8 [VENDOR]' },
];

const MA_12_13: readonly Deadline[] = [
  { round: 12, date: '2025-09-19', source: 'programs-2025.md §1 (12次)' },
  { round: 13, date: '2025-11-28', source: 'programs-2025.md §1 (13次)' },
];
/** 専門家活用枠 also had the 11次 round (専門家活用枠 only). */
const MA_EXPERT: readonly Deadline[] = [
  { round: 11, date: '2025-06-06', source: 'programs-2025.md §1 (11次: 専門家活用枠 05-09〜06-06)' },
  ...MA_12_13,
];
const ENERGY: readonly Deadline[] = [{ round: 1, date: '2025-04-28', source: 'programs-2025.md §2 (1次 03-31〜04-28)' }];

/** Frame id → its deadlines, by round. */
export const DEADLINES: Readonly<Record<string, readonly Deadline[]>> = {
  'it-normal': IT_MAIN,
  'it-invoice': IT_MAIN,
  'it-security': IT_MAIN,
  'it-multi': [{ round: 1, date: '2025-06-16', source: 'it2025.md §8 (flyer: 複数社連携 1次 予定)' }],
  'ma-buyer': MA_EXPERT,
  'ma-seller': MA_EXPERT,
  'ma-succession': MA_12_13,
  'ma-pmi-expert': MA_12_13,
  'ma-pmi-invest': MA_12_13,
  'ma-closure': MA_12_13,
  'energy-factory': ENERGY,
  'energy-electrification': ENERGY,
  'energy-equipment': ENERGY,
  'energy-ems': ENERGY,
};
