//@@ header
//@@ helpers
//@@ doc_append
//@@ signature
function selectWords(s: string, n: number): string[] {
//@@ solution
  let t = s.split(/\s/)
  if (s == '') { return [] }
  let k = []
  for (let i = 0; i < t.length; i++) {
    let l = 0
    for (let j = 0; j < t[i].length; j++) {
      if (t[i][j] != 'a' && t[i][j] != 'e' && t[i][j] != 'i' && t[i][j] != 'o' && t[i][j] != 'u' && t[i][j] != 'A' &&
        t[i][j] != 'U' && t[i][j] != 'O' && t[i][j] != 'I' && t[i][j] != 'E') {
        l++
      }
    }
    if (l == n) { k.push(t[i]) }
  }
  return k
}
//@@ test
declare var require: any;
const assert = require("node:assert");

const testSelectWords = () => {
  assert.ok(
    JSON.stringify(selectWords('Mary had a little lamb', 4)) ===
    JSON.stringify(['little'])
  )
  assert.ok(
    JSON.stringify(selectWords('simple white space', 2)) === JSON.stringify([])
  )
  assert.ok(
    JSON.stringify(selectWords('Hello world', 4)) === JSON.stringify(['world'])
  )
  assert.ok(
    JSON.stringify(selectWords('Uncle sam', 3)) === JSON.stringify(['Uncle'])
  )

  assert.ok(
    JSON.stringify(selectWords('a b c d e f', 1)) ===
    JSON.stringify(['b', 'c', 'd', 'f'])
  )

  assert.ok(
    JSON.stringify(selectWords('Mary had a little lamb', 3)) ===
    JSON.stringify(['Mary', 'lamb'])
  )
  assert.ok(JSON.stringify(selectWords('', 4)) === JSON.stringify([]))
}

testSelectWords()

export {};
//@@ example_test
declare var require: any;
const assert = require("node:assert");

const testSelectWords = () => {
  assert.ok(
    JSON.stringify(selectWords('Mary had a little lamb', 4)) ===
    JSON.stringify(['little'])
  )
  assert.ok(
    JSON.stringify(selectWords('simple white space', 2)) === JSON.stringify([])
  )
  assert.ok(
    JSON.stringify(selectWords('Hello world', 4)) === JSON.stringify(['world'])
  )
  assert.ok(
    JSON.stringify(selectWords('Uncle sam', 3)) === JSON.stringify(['Uncle'])
  )
  assert.ok(
    JSON.stringify(selectWords('Mary had a little lamb', 3)) ===
    JSON.stringify(['Mary', 'lamb'])
  )
}
testSelectWords()

export {};
//@@ notes
Solution and helpers: HumanEval-X JavaScript (Apache-2.0); test: HumanEval-X JS test, console.assert -> assert.ok.
Types seeded from MultiPL-E's prompt.
