/**
 * 省エネ補助金, 令和7年度補正: only what it2026.md §6.3 confirms. (Ⅲ) 設備単位型 keeps 1/3 and
 * 上限1億円 with the same 省エネ要件; (Ⅰ)(Ⅱ)(Ⅳ) have no 2026 figures on record, so they keep
 * answering from the 2025 table (the registry says so in CHECK); GXⅢ is listed, not computed.
 * In force from 1次 (about 2026-03-30, updates-2026-12.md U5), with its three rounds.
 */
import type { RuleTable } from '../types';
import { ENERGY2025 } from './2025';

const equipment2025 = ENERGY2025.frames.find((f) => f.id === 'energy-equipment')!;

export const ENERGY2026: RuleTable = {
  programId: 'energy',
  program: '省エネ補助金',
  programEn: 'Energy Saving Subsidy',
  programAliases: ENERGY2025.programAliases,
  fiscalYear: 2026,
  title: '省エネ補助金 (令和7年度補正)',
  effective: { from: '2026-03-30', until: null, source: 'updates-2026-12.md §U5 (1次 受付 2026-03-30頃) [VENDOR]' },
  source: 'it2026.md §6.3 (SII 2026-08-20); updates-2026-12.md §U5 (1次〜3次), §U7 (GXⅢ)',
  checkedOn: '2026-12-07',
  schedule: [{
    frames: ['energy-equipment'],
    rounds: [
      { round: 1, deadline: '2026-04-27', source: 'updates-2026-12.md §U5 (1次 2026-03-30頃〜04-27) [VENDOR]', checkedOn: '2026-12-07' },
      { round: 2, deadline: '2026-07-09', source: 'updates-2026-12.md §U5 (2次 締切 2026-07-09) [確認]', checkedOn: '2026-12-07' },
      { round: 3, deadline: '2026-09-28', source: 'it2026.md §6.3 (3次 08-20〜09-28 17:00); updates-2026-12.md §U5 [確認]', checkedOn: '2026-12-07' },
    ],
  }],
  categories: ENERGY2025.categories,
  costCaps: [],
  frames: [{ ...equipment2025, source: `it2026.md §6.3 (1/3、上限1億円、省エネ要件は同じ; ${equipment2025.source})` }],
  listings: [{
    name: 'GXⅢ (トップ性能枠・メーカー強化枠)', id: 'energy-gx3',
    description: 'メーカー強化枠 1/3、トップ性能枠 更新 1/2・新設 1/5、上限3億円 (Maker-strengthening frame 1/3; top-performance frame 1/2 for replacement, 1/5 for new installation; cap 300M yen)',
    status: '一覧のみ: 計算は未収録 (Listed only: not computed)',
    source: 'updates-2026-12.md §U7 (2つの資料で一致) [確認]; it2026.md §6.3',
  }],
};
