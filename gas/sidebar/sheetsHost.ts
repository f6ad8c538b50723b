/**
 * The sidebar's host in Google Sheets: every sheet operation is a server function called through
 * google.script.run (gas/server). Formulas use Sheets' spelling (ITHOJO_AMOUNT). A template goes
 * to the server as a finished plan, so the server holds no template code.
 */
import { SERVER_FUNCTIONS } from '../server/names';
import { templateById } from '../../templates';
import { planFor } from '../../templates/plan';
import type { Host, Selection } from '../../ui/host';

interface ScriptRun {
  withSuccessHandler(fn: (value: unknown) => void): ScriptRun;
  withFailureHandler(fn: (error: Error) => void): ScriptRun;
  [name: string]: unknown;
}

declare const google: { script: { run: ScriptRun } };

function callServer<T>(name: string, ...args: unknown[]): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const run = google.script.run.withSuccessHandler((v) => resolve(v as T)).withFailureHandler(reject);
    (run[name] as (...a: unknown[]) => void)(...args);
  });
}

export function sheetsHost(language: string): Host {
  return {
    name: 'sheets',
    flavour: 'sheets',
    language,
    help: { open: () => callServer<void>(SERVER_FUNCTIONS.showHelp) },
    readSelection: () => callServer<Selection>(SERVER_FUNCTIONS.readSelection),
    insertFormula: (formula) => callServer<string>(SERVER_FUNCTIONS.insertFormula, formula),
    insertTemplate: (id) => callServer<string>(SERVER_FUNCTIONS.insertTemplate, planFor(templateById(id), 'sheets')),
  };
}
