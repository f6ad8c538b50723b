/**
 * The ribbon's ExecuteFunction commands (manifests/manifest.xml names them): insert each template
 * and fix #NAME?. They run in their own short-lived runtime, with no task pane and no shared
 * runtime, so a failure can only be logged; the pane's own buttons report theirs.
 */
import { templateLayouts } from '../../templates';
import { planFor } from '../../templates/plan';
import { fixNames } from '../taskpane/fixNames';
import { office } from '../taskpane/office';
import { writeTemplate } from '../taskpane/writeTemplate';

/** "quote" → "insertTemplateQuote": an identifier, so clients that call a global by name find it too. */
export function commandId(templateId: string): string {
  return `insertTemplate${templateId[0].toUpperCase()}${templateId.slice(1)}`;
}

export function commands(): Record<string, () => Promise<unknown>> {
  const out: Record<string, () => Promise<unknown>> = { fixNames };
  for (const layout of templateLayouts()) out[commandId(layout.id)] = () => writeTemplate(planFor(layout, 'excel'));
  return out;
}

export function registerCommands(target: Record<string, unknown> = globalThis as Record<string, unknown>): void {
  for (const [id, run] of Object.entries(commands())) {
    const handler = (event: { completed(): void }) =>
      run()
        .catch((e: unknown) => console.error(`ITHOJO ${id}:`, e))
        .finally(() => event.completed());
    office().actions?.associate(id, handler);
    // clients older than Office.actions look the FunctionName up as a global function
    target[id] = handler;
  }
}
