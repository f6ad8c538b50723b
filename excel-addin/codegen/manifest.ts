/**
 * dist/excel/manifest.xml from the template in manifests/: fills the base URL and the version.
 */
export const MANIFEST_TEMPLATE_PATH = 'manifests/manifest.xml';

/** Office wants 1 to 4 dot-separated numbers; package.json's x.y.z becomes x.y.z.0. */
export function manifestVersion(packageVersion: string): string {
  const m = /^(\d+)\.(\d+)\.(\d+)$/.exec(packageVersion);
  if (!m) throw new Error(`package.json version "${packageVersion}" is not x.y.z`);
  return `${m[1]}.${m[2]}.${m[3]}.0`;
}

export function renderManifest(template: string, values: { baseUrl: string; version: string }): string {
  if (/["<>&']/.test(values.baseUrl)) throw new Error(`base URL "${values.baseUrl}" has a character XML would need escaped`);
  const filled = template.replace(/\{\{(BASE_URL|VERSION)\}\}/g, (_, key: string) =>
    key === 'BASE_URL' ? values.baseUrl : values.version,
  );
  const left = /\{\{[^}]*\}\}/.exec(filled);
  if (left) throw new Error(`${MANIFEST_TEMPLATE_PATH}: unknown placeholder ${left[0]}`);
  return filled;
}
