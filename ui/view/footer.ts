/**
 * The pane's footer: which version and which rule data answer here, so a support person can ask
 * "which version do you see?" (help.html and FRAMES' heading say the same: core/about.ts).
 */
import { aboutText } from '../../core';
import type { Lang } from '../i18n';
import { h } from './dom';

export function footerView(lang: Lang): HTMLElement {
  return h('footer', { class: 'about' }, h('small', {}, aboutText()[lang]));
}
