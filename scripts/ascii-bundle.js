// @ts-check
// The last step of `npm run bundle`: writes every character of the bundle's files (dist/index.js
// and the chunks it loads when an input needs them) outside ASCII as a `\uXXXX` escape, as esbuild does by default. Node decodes an ASCII-only module faster and V8
// compiles it as a one-byte string; on the one-user run it saves about 10 ms of start-up
// (docs/benchmarks.md). The escape means the same character in a string, a template, a regular
// expression, an identifier or a comment; only a raw template (String.raw) would read it
// differently, and the step refuses a bundle where one holds such a character.
import fs from 'node:fs'

const files =
  process.argv.length > 2
    ? process.argv.slice(2)
    : fs
        .readdirSync('dist')
        .filter(name => name.endsWith('.js'))
        .map(name => `dist/${name}`)
for (const file of files) {
  const source = fs.readFileSync(file, 'utf8')
  const raw = /String\.raw`[^`]*[\u0080-\uffff][^`]*`/.exec(source)
  if (raw) {
    console.error(`${file}: a String.raw template holds a character outside ASCII: ${raw[0]}`)
    process.exit(1)
  }
  const ascii = source.replace(
    /[\u0080-\uffff]/g,
    char => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`
  )
  fs.writeFileSync(file, ascii)
}
