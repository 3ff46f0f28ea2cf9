//@@ header
//@@ helpers
//@@ doc_append
//@@ signature
function splitWords(txt: string): string[]| number {
//@@ solution
  let t = txt.split(/\s/)
  if (t.length > 1) {
    return t
  } else {
    t = txt.split(/,/)
    if (t.length > 1) {
      return t
    } else {
      let p = 0
      for (let i = 0; i < txt.length; i++) {
        let m = txt[i].charCodeAt(0)
        if (m >= 97 && m <= 122 && m % 2 == 0) {
          p++
        }
      }
      return p
    }
  }
}
//@@ test
declare var require: any;
const assert = require("node:assert");

const testSplitWords = () => {
  assert.ok(
    JSON.stringify(splitWords('Hello world!')) ===
    JSON.stringify(['Hello', 'world!'])
  )
  assert.ok(
    JSON.stringify(splitWords('Hello,world!')) ===
    JSON.stringify(['Hello', 'world!'])
  )
  assert.ok(
    JSON.stringify(splitWords('Hello world,!')) ===
    JSON.stringify(['Hello', 'world,!'])
  )
  assert.ok(
    JSON.stringify(splitWords('Hello,Hello,world !')) ===
    JSON.stringify(['Hello,Hello,world', '!'])
  )
  assert.ok(JSON.stringify(splitWords('abcdef')) === JSON.stringify(3))
  assert.ok(JSON.stringify(splitWords('aaabb')) === JSON.stringify(2))
  assert.ok(JSON.stringify(splitWords('aaaBb')) === JSON.stringify(1))
  assert.ok(JSON.stringify(splitWords('')) === JSON.stringify(0))
}

testSplitWords()

export {};
//@@ example_test
declare var require: any;
const assert = require("node:assert");

const testSplitWords = () => {
  assert.ok(
    JSON.stringify(splitWords('Hello world!')) ===
    JSON.stringify(['Hello', 'world!'])
  )
  assert.ok(
    JSON.stringify(splitWords('Hello,world!')) ===
    JSON.stringify(['Hello', 'world!'])
  )
  assert.ok(JSON.stringify(splitWords('abcdef')) === JSON.stringify(3))
}
testSplitWords()

export {};
//@@ notes
Solution and helpers: HumanEval-X JavaScript (Apache-2.0); test: HumanEval-X JS test, console.assert -> assert.ok.
Types seeded from MultiPL-E's prompt.
Hand fix: .charCodeAt() -> .charCodeAt(0) (same value; TypeScript requires the index).
