/**
 * The templates ITHOJO ships, in menu order. Each layout is built from the rule tables when
 * asked, so its lists and examples follow the core.
 */
import type { Layout } from './layout';
import { quoteLayout } from './quote';
import { scenariosLayout } from './scenarios';

const TEMPLATES: readonly (() => Layout)[] = [quoteLayout, scenariosLayout];

export function templateLayouts(): Layout[] {
  return TEMPLATES.map((build) => build());
}

export function templateById(id: string): Layout {
  const layout = templateLayouts().find((l) => l.id === id);
  if (!layout) throw new Error(`unknown template ${id}`);
  return layout;
}
