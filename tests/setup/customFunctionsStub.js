// CustomFunctions exists only inside Excel; tests get a stub with the same shape
// (ErrorCode values as in @microsoft/office-js's custom-functions-runtime typings).
class CustomFunctionsError extends Error {
  constructor(code, message) {
    super(message);
    this.code = code;
  }
}
globalThis.CustomFunctions = {
  Error: CustomFunctionsError,
  ErrorCode: {
    invalidValue: '#VALUE!',
    notAvailable: '#N/A',
    divisionByZero: '#DIV/0!',
    invalidNumber: '#NUM!',
    nullReference: '#NULL!',
    invalidName: '#NAME?',
    invalidReference: '#REF!',
  },
  associate: () => {},
};
