/** The template files the build writes: dist/templates/<name>.xlsx. */
import { templateLayouts } from './index';
import { workbookBytes } from './ooxml/workbook';

export function templateFiles(): { readonly name: string; readonly bytes: Uint8Array }[] {
  return templateLayouts().map((layout) => ({ name: `${layout.name}.xlsx`, bytes: workbookBytes(layout) }));
}
