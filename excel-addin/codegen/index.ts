/**
 * Everything the Excel build generates, in one module: scripts/ bundle it with esbuild and
 * call it, tests import it directly, so the build and its tests share one implementation.
 */
export { DECLARATIONS } from '../../core';
export { DEFAULT_BASE_URL, normalizeBaseUrl, helpUrlFor } from './baseUrl';
export { renderWrappers, WRAPPERS_PATH } from './wrappers';
export { excelNamingProblems } from './naming';
export { rebaseHelpUrls, localizeMetadata, METADATA_FILE, JA_METADATA_FILE, type Metadata } from './metadata';
export { renderManifest, manifestVersion, MANIFEST_TEMPLATE_PATH } from './manifest';
export { renderHelpPage, HELP_FILE } from './helpPage';
export { renderIconPng, ICON_SIZES, iconPath } from './icon';
export { manifestProblems, manifestUrls, pngSize, type ManifestFacts } from './manifestCheck';
