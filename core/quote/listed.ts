import { QUOTE_MSG } from '../errors/quoteMessages';

/** How many lines a message names before "ほか N行". */
const LISTED = 3;

/** "3行目…、5行目…、ほか12行": a long quote gives one line of text, not one per line. */
export function listed<T>(items: readonly T[], show: (x: T) => string): string {
  const head = items.slice(0, LISTED).map(show);
  if (items.length > LISTED) head.push(QUOTE_MSG.lineCount(items.length - LISTED));
  return head.join('、');
}
