/**
 * taskpane.js: the pane in Excel, or the preview when the page is opened anywhere else
 * (office.js says so with host null, or is not there at all).
 */
import { excelHost } from '../../excel-addin/taskpane/excelHost';
import { mount } from '../app';
import { previewHost } from '../hosts/preview';

declare const Office: { onReady(): Promise<{ host: string | null }> } | undefined;

async function hostName(): Promise<string | null> {
  if (typeof Office === 'undefined') return null;
  return (await Office.onReady()).host;
}

void hostName().then((host) => {
  const root = document.getElementById('app')!;
  const language = new URLSearchParams(location.search).get('lang') ?? navigator.language;
  mount(root, host === 'Excel' ? excelHost() : previewHost(language, 'help.html'));
});
