/**
 * 事業承継・M&A補助金, 令和7年度補正 (14次〜): as 13次 (it2026.md §6.1); 15次 as 14次 apart
 * from what updates-2026-12.md U2/U3 report, where the sources conflict: the 廃業費 cap stays
 * 150万円 (要確認, never overstated) and the 100億 特例 is refused, not priced from 2025 figures.
 */
import { bi } from '../../errors/text';
import type { RuleTable } from '../types';
import { CATEGORIES, PROGRAM, successionFrames } from './common';

export const SUCCESSION2026: RuleTable = {
  ...PROGRAM,
  fiscalYear: 2026,
  title: '事業承継・M&A補助金 (令和7年度補正 14次〜)',
  effective: { from: '2026-02-27', until: null, source: 'it2026.md §6.1 (14次 受付 2026-02-27)' },
  source: 'it2026.md §6.1 (14次: 13次と同じ; programs-2025.md §1); updates-2026-12.md §U1 (15次: 14次と同じ、U2・U3 を除く)',
  checkedOn: '2026-12-07',
  schedule: [{
    frames: ['ma-succession', 'ma-buyer', 'ma-seller', 'ma-pmi-expert', 'ma-pmi-invest', 'ma-closure'],
    // 16次: no dates published (updates-2026-12.md U1), so no round
    rounds: [
      { round: 14, deadline: '2026-04-03', source: 'it2026.md §6.1 (14次 受付 2026-02-27〜04-03 17:00); updates-2026-12.md (変更なしを確認) [確認]', checkedOn: '2026-12-07' },
      { round: 15, deadline: '2026-07-24', source: 'updates-2026-12.md §U1 (15次 受付 2026-06-19〜07-24 17:00, 全4枠) [確認]', checkedOn: '2026-12-07' },
    ],
  }],
  categories: CATEGORIES,
  costCaps: [],
  frames: successionFrames({
    source: 'it2026.md §6.1 (14次: 13次と同じ)',
    closureCap: {
      note: bi(
        '14次以降「廃業費の補助上限額の倍増」(最大300万円) の報道がありますが、要件資料は150万円のため150万円で計算',
        'from round 14 a doubled closure cap (up to 3,000,000 yen) is reported, but the requirement documents say 1,500,000 yen, so 1,500,000 yen is used',
      ),
      source: 'updates-2026-12.md §U2 (300万円の報道と150万円の要件資料が食い違い) [要確認]',
    },
    billion: {
      refusal: {
        when: { option: 'billion' },
        message: bi(
          'オプション「100億」: 14次以降の「100億チャレンジ型」は資料により金額が異なる (上限600万円・DDで+200万円・2/3 / 2,000万円) ため未確認で、2026年度の表では計算しません。2025年の100億企業特例 (上限2,000万円、1,000万円までの部分1/2・超える部分1/3) は「年度=2025」で計算できます',
          'Option "100億": the figures of the 100億 challenge type from round 14 on are unconfirmed (sources give 6M yen, +2M with DD, at 2/3, and 20M yen), so the 2026 table does not compute it; "年度=2025" gives the 2025 special case (cap 20M yen; 1/2 up to 10M, 1/3 above)',
        ),
        source: 'updates-2026-12.md §U3 (100億チャレンジ型: 600万円+200万円・2/3 と 2,000万円の報告が食い違い) [要確認]',
      },
    },
  }),
};
