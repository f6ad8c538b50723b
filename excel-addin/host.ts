/**
 * The Excel host's `CustomFunctions` global, as this add-in uses it. It is read when a function
 * runs, never captured at load: Excel's runtime defines it, tests and the Sheets parity harness
 * put a stub in its place.
 */
interface CustomFunctionsHost {
  associate(id: string, fn: (...args: any[]) => unknown): void;
  Error: new (code: string, message?: string) => Error;
  ErrorCode: { readonly invalidValue: string; readonly notAvailable: string };
}

declare const CustomFunctions: CustomFunctionsHost;

export function host(): CustomFunctionsHost {
  return CustomFunctions;
}
