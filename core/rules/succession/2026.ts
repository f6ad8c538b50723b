/**
 * 事業承継・M&A補助金, 令和7年度補正 (14次〜): as 13次 (it2026.md §6.1), with the unconfirmed
 * 14次 changes kept at the 2025 reading, which never overstates, and noted as 要確認.
 */
import { bi } from '../../errors/text';
import type { RuleTable } from '../types';
import { CATEGORIES, PROGRAM, successionFrames } from './common';

export const SUCCESSION2026: RuleTable = {
  ...PROGRAM,
  fiscalYear: 2026,
  title: '事業承継・M&A補助金 (令和7年度補正 14次〜)',
  effective: { from: '2026-02-27', until: null, source: 'it2026.md §6.1 (14次 受付 2026-02-27)' },
  source: 'it2026.md §6.1 (14次: 13次と同じ; programs-2025.md §1)',
  schedule: [{
    frames: ['ma-succession', 'ma-buyer', 'ma-seller', 'ma-pmi-expert', 'ma-pmi-invest', 'ma-closure'],
    // 15次 exists as a title only: no date on record, so no round
    rounds: [{ round: 14, deadline: '2026-04-03', source: 'it2026.md §6.1 (14次 受付 2026-02-27〜04-03 17:00)' }],
  }],
  categories: CATEGORIES,
  costCaps: [],
  frames: successionFrames({
    source: 'it2026.md §6.1 (14次: 13次と同じ)',
    closureCap: bi('廃業費の加算は150万円で計算 (14次で「倍増」の報道があるが未確認: 要確認)', 'the closure add-on is computed at 1,500,000 yen (reports of it doubling in round 14 are unconfirmed)'),
    billion: bi(
      '100億企業特例 (14次の「100億チャレンジ型」は金額が資料により異なるため2025年の読み方: 要確認)',
      'the 10-billion-yen company special case (round 14\'s variant has figures in conflict: read as in 2025, to be confirmed)',
    ),
  }),
};
