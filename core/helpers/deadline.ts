/**
 * DEADLINE(frame, [round]): the 締切 of a round as a date, or every known round as a table.
 */
import { IthojoError } from '../errors/IthojoError';
import { ARG, MSG } from '../errors/messages';
import { isBlank } from '../input/normalizeText';
import { parseCount } from '../input/parseNumber';
import { tokyoMidnight } from '../time/tokyoDate';
import { frameNames, lookupFrame } from '../rules/registry';
import { DEADLINES } from '../rules/schedules';

function roundOf(value: unknown): number {
  return parseCount(value, ARG.round, { min: 1, max: 1000, suffixes: ['次', '回'], prefixes: ['第'] }, '7 または "7次"');
}

export function deadline(frame: unknown, round: unknown): Date | (string | number | Date)[][] {
  const entries = typeof frame === 'string' ? lookupFrame(frame) : undefined;
  if (!entries) throw new IthojoError(MSG.unknownFrame(String(frame ?? ''), frameNames()));
  const { frame: rule } = entries[0];
  const rounds = DEADLINES[rule.id];
  if (!rounds || rounds.length === 0) throw new IthojoError(MSG.noSchedule(rule.name));
  if (isBlank(round)) {
    return [
      ['回 (round)', '締切 (deadline)', '交付決定予定 (decision)', '出典 (source)'],
      ...rounds.map((r) => [r.round, tokyoMidnight(r.date), r.decision ? tokyoMidnight(r.decision) : '', r.source]),
    ];
  }
  const n = roundOf(round);
  const hit = rounds.find((r) => r.round === n);
  if (!hit) throw new IthojoError(MSG.unknownRound(rule.name, n, rounds.map((r) => r.round)));
  return tokyoMidnight(hit.date);
}
