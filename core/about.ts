/**
 * "Which version do you see?": the product's version and the date the rule tables were last
 * checked against their sources, as one Text. The pane's footer, the help page and FRAMES'
 * heading show it alike, so a support person can tell from any of them which build and which
 * rule data computed a workbook.
 */
import { bi, type Text } from './errors/text';
import { rulesCheckedOn } from './rules/checked';
import { VERSION } from './version';

export function aboutText(): Text {
  const checked = rulesCheckedOn();
  return bi(`ITHOJO ${VERSION}・ルール確認日 ${checked}`, `version ${VERSION}, rules checked ${checked}`);
}
