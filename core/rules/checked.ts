/**
 * When the rules were last checked against their sources: the newest check date of any rule
 * table (docs/rules.md). The pane's footer, the help page and FRAMES' heading show it, so a
 * user can tell how fresh the figures behind an answer are.
 */
import { allTables } from './registry';

/** The newest `checkedOn` of every rule table, YYYY-MM-DD. */
export function rulesCheckedOn(): string {
  return allTables().reduce((newest, t) => (t.checkedOn > newest ? t.checkedOn : newest), '');
}
