// jsonc-parser's ES module parser, imported alone: its package entry is a UMD build that also
// bundles the formatter and editor, which this action never uses. The functions are the ones the
// package entry exports, with its types.
declare module 'jsonc-parser/lib/esm/impl/parser.js' {
  export { visit } from 'jsonc-parser'
}
