/**
 * The part of Excel's custom-functions runtime type `CustomFunctions.Invocation` this add-in
 * reads: with `@requiresParameterAddresses` (functions.json `requiresParameterAddresses`), Excel
 * passes it as the last argument, and `parameterAddresses` holds each argument's range address
 * ("見積!B3:G20"). The wrappers name the type literally: custom-functions-metadata looks for it.
 */
declare namespace CustomFunctions {
  interface Invocation {
    readonly parameterAddresses?: readonly (string | undefined)[];
  }
}
