/**
 * DEADLINE(frame, [round], [options]): the 締切 of a round of the answering table as a date, or
 * every known round as a table, with how sure each is (要確認 for a second-hand or conflicting
 * source) and when it was checked. Options pick the table as elsewhere (年度=, 基準日=); the
 * product never invents a later round (it2026.md §4).
 */
import { IthojoError } from '../errors/IthojoError';
import { ARG, MSG } from '../errors/messages';
import { HELPER_MSG } from '../errors/helperMessages';
import { citation } from '../rules/citation';
import { confidenceText } from '../rules/confidence';
import { cellText } from '../errors/text';
import { isBlank } from '../input/normalizeText';
import { parseCount } from '../input/parseNumber';
import { parseOptions } from '../input/parseOptions';
import { OPTION_DEFS } from '../rules/options';
import { frameIdOf, frameNames, roundsOf, selectEntry } from '../rules/registry';
import type { OptionKey } from '../rules/types';
import { today } from '../time/clock';
import { tokyoMidnight } from '../time/tokyoDate';

const ALLOWED: readonly OptionKey[] = ['year', 'refDate'];
const HEADER = ['回 (round)', '締切 (deadline)', '交付決定予定 (decision)', '実績報告期限 (report)', '確度 (confidence)', '確認日 (checked)', '出典 (source)'];

function roundOf(value: unknown): number {
  return parseCount(value, ARG.round, { min: 1, max: 1000, suffixes: ['次', '回'], prefixes: ['第'] }, '5 または "5次"');
}

export function deadline(frame: unknown, round: unknown, optionsText: unknown): Date | (string | number | Date)[][] {
  const frameId = typeof frame === 'string' && !isBlank(frame) ? frameIdOf(frame) : undefined;
  if (frameId === undefined) throw new IthojoError(isBlank(frame) ? MSG.blankFrame() : MSG.unknownFrame(frame, frameNames()));
  const options = parseOptions(optionsText);
  if ((Object.keys(options) as OptionKey[]).some((k) => !ALLOWED.includes(k))) {
    throw new IthojoError(HELPER_MSG.onlyOptions('DEADLINE', ALLOWED.map((k) => OPTION_DEFS.find((d) => d.key === k)!.names[0])));
  }
  const date = typeof options.refDate === 'string' ? options.refDate : today();
  const { table, frame: rule } = selectEntry(frameId, typeof options.year === 'number' ? options.year : undefined, date).entry;
  const rounds = roundsOf(table, frameId);
  if (rounds.length === 0) throw new IthojoError(HELPER_MSG.noSchedule(`${table.title} ${rule.name}`));
  if (isBlank(round)) {
    const day = (d: string | undefined): Date | string => (d ? tokyoMidnight(d) : '');
    return [
      [...HEADER],
      ...rounds.map((r) => [r.round, tokyoMidnight(r.deadline), day(r.decision), day(r.report), cellText(confidenceText(r)), r.checkedOn, citation(r.source)]),
      // as of the table's check date no later round was published
      ['以降 (later)', '未発表 (none on record)', '', '', '', table.checkedOn, table.title],
    ];
  }
  const n = roundOf(round);
  const hit = rounds.find((r) => r.round === n);
  if (!hit) throw new IthojoError(MSG.unknownRound(table.title, rule.name, n, rounds.map((r) => r.round)));
  return tokyoMidnight(hit.deadline);
}
