/**
 * 事業承継・M&A補助金, 令和6年度補正 (11次〜13次, 2025): ../shared/rules/programs-2025.md §1.
 */
import { bi } from '../../errors/text';
import type { RoundList, RuleTable } from '../types';
import { CATEGORIES, PROGRAM, successionFrames } from './common';

const ALL = ['ma-succession', 'ma-buyer', 'ma-seller', 'ma-pmi-expert', 'ma-pmi-invest', 'ma-closure'];

const SCHEDULE: readonly RoundList[] = [
  {
    frames: ['ma-buyer', 'ma-seller'],
    rounds: [{ round: 11, deadline: '2025-06-06', source: 'programs-2025.md §1 (11次: 専門家活用枠のみ 05-09〜06-06) [確認 S13]', checkedOn: '2026-12-07' }],
  },
  {
    frames: ALL,
    rounds: [
      { round: 12, deadline: '2025-09-19', source: 'programs-2025.md §1 (12次) [確認 S14]', checkedOn: '2026-12-07' },
      { round: 13, deadline: '2025-11-28', source: 'programs-2025.md §1 (13次) [確認 S1]', checkedOn: '2026-12-07' },
    ],
  },
];

export const SUCCESSION2025: RuleTable = {
  ...PROGRAM,
  fiscalYear: 2025,
  title: '事業承継・M&A補助金 (令和6年度補正 11次〜13次)',
  effective: { from: '2025-05-09', until: '2026-02-26', source: 'programs-2025.md §1 (11次 受付 2025-05-09); it2026.md §6.1 (14次 受付 2026-02-27)' },
  source: 'programs-2025.md §1 (令和6年度補正, 11次〜13次)',
  checkedOn: '2026-12-07',
  schedule: SCHEDULE,
  categories: CATEGORIES,
  costCaps: [],
  frames: successionFrames({ billion: { note: bi('100億企業特例', 'the 10-billion-yen company special case') } }),
};
