/**
 * Errors as Sheets shows them: a call on single cells throws a plain Error whose message is the
 * core's exact text (Sheets puts it on the #ERROR! cell); inside a returned range, a bad cell
 * holds that text instead (rules/README.md rulings).
 */
import { AMOUNT, BREAKDOWN, isIthojoError } from '../../core';
import { ARG, MSG } from '../../core/errors/messages';
import { cellText } from '../../core/errors/text';
import { callSheets, loadSheets } from './sheetsHost';

const host = loadSheets();

function coreMessage(run: () => unknown): string {
  try {
    run();
  } catch (e) {
    if (isIthojoError(e)) return e.message;
    throw e;
  }
  throw new Error('the core did not throw');
}

function thrown(message: string) {
  return { thrown: message, name: 'Error/Error' };
}

describe('a single-cell call throws a plain Error with the core\'s message', () => {
  const cases: [string, unknown[], string, string][] = [
    ['unknown frame', ['存在しない枠', 1000000], '不明な枠です: 「存在しない枠」。使える枠: ', coreMessage(() => AMOUNT('存在しない枠', 1000000))],
    ['negative cost', ['通常枠', -1], '経費がマイナスです: -1', cellText(MSG.negative(ARG.cost, -1))],
    ['negative cost as text', ['通常枠', '-5,000円'], '経費がマイナスです: -5,000円', cellText(MSG.negative(ARG.cost, '-5,000円'))],
    ['"abc" as cost', ['通常枠', 'abc'], '経費を金額として読めません: 「abc」', cellText(MSG.notAmount(ARG.cost, 'abc'))],
    ['boolean cost', ['通常枠', true], '経費に TRUE/FALSE は使えません', cellText(MSG.booleanArg(ARG.cost))],
    ['cost above 1e15', ['通常枠', 2e15], '経費が大きすぎます: 2000000000000000。', cellText(MSG.tooLarge(ARG.cost, 2e15))],
    ['cost above 1e15 as text', ['通常枠', '2,000,000,000,000,000円'], '経費が大きすぎます: 2,000,000,000,000,000円。', cellText(MSG.tooLarge(ARG.cost, '2,000,000,000,000,000円'))],
    ['NaN cost', ['通常枠', NaN], '経費が数値として不正です', cellText(MSG.notFinite(ARG.cost))],
    ['blank cost', ['通常枠', ''], '経費が空です。', cellText(MSG.blankCost())],
    ['unknown option', ['通常枠', 1000000, '中小企業', '謎オプション'], '不明なオプションです: 「謎オプション」。使えるオプション: ',
      coreMessage(() => AMOUNT('通常枠', 1000000, '中小企業', '謎オプション'))],
  ];

  test.each(cases)('%s', (_name, args, japanese, message) => {
    expect(message.startsWith(japanese)).toBe(true);
    expect(callSheets(host, 'AMOUNT', args)).toEqual(thrown(message));
  });

  test('a date cell as cost (Sheets passes a Date)', () => {
    expect(callSheets(host, 'AMOUNT', ['通常枠', host.date('2025-04-01')])).toEqual(thrown(cellText(MSG.dateAsAmount(ARG.cost))));
  });

  test('a Date from another realm (the caller of a library) is still a date', () => {
    expect(callSheets(host, 'AMOUNT', ['通常枠', new Date(2025, 3, 1)])).toEqual(thrown(cellText(MSG.dateAsAmount(ARG.cost))));
  });

  test('a range given to a one-scenario function', () => {
    const message = cellText(MSG.notBroadcastable('BREAKDOWN'));
    expect(coreMessage(() => BREAKDOWN('通常枠', [[1000000], [2000000]]))).toBe(message);
    expect(callSheets(host, 'BREAKDOWN', ['通常枠', [[1000000], [2000000]]])).toEqual(thrown(message));
  });

  test('a failure that is not the core\'s own becomes the internal-error message, not a trace', () => {
    const ithojoCall = host.global.ithojoCall_ as (id: string, args: unknown[]) => unknown;
    let caught: { message: string; name: string } | undefined;
    try {
      ithojoCall('NO_SUCH_FUNCTION', []);
    } catch (e) {
      caught = e as { message: string; name: string };
    }
    expect(caught?.name).toBe('Error');
    expect(caught?.message).toBe(cellText(MSG.internal('no core function NO_SUCH_FUNCTION')));
  });

  test('CHECK answers bad input with the message instead of throwing', () => {
    expect(callSheets(host, 'CHECK', ['通常枠', 'abc'])).toEqual({ value: cellText(MSG.notAmount(ARG.cost, 'abc')) });
  });
});

describe('inside a range, a bad cell holds its message as text', () => {
  test('bad costs in a column of scenarios', () => {
    const costs = [[1000000], [-1], ['abc'], [true], [2e15], [''], [90000]];
    expect(callSheets(host, 'AMOUNT', ['通常枠', costs, '中小企業', 'プロセス=2'])).toEqual({
      value: [[500000], [cellText(MSG.negative(ARG.cost, -1))], [cellText(MSG.notAmount(ARG.cost, 'abc'))], [cellText(MSG.booleanArg(ARG.cost))], [cellText(MSG.tooLarge(ARG.cost, 2e15))], [cellText(MSG.blankCost())], [0]],
    });
  });

  test('an unknown frame and an unknown option in ranges', () => {
    const frames = [['通常枠'], ['存在しない枠']];
    expect(callSheets(host, 'AMOUNT', [frames, 1000000])).toEqual({ value: [[500000], [coreMessage(() => AMOUNT('存在しない枠', 1000000))]] });
    const options = [['プロセス=2', '謎オプション']];
    expect(callSheets(host, 'AMOUNT', ['通常枠', 1000000, '', options])).toEqual({
      value: [[500000, coreMessage(() => AMOUNT('通常枠', 1000000, '', '謎オプション'))]],
    });
  });

  test('a cell beyond a smaller range', () => {
    expect(callSheets(host, 'AMOUNT', [[['通常枠'], ['通常枠']], [[1000000], [2000000], [3000000]]])).toEqual({
      value: [[500000], [1000000], [cellText(MSG.outsideRange())]],
    });
  });
});
