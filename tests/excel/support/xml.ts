/** The strict XML reader the manifest check uses (excel-addin/codegen/xml.ts), for the tests. */
export * from '../../../excel-addin/codegen/xml';
