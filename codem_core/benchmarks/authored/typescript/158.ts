//@@ header
//@@ helpers
//@@ doc_append
//@@ signature
function findMax(words: string[]): string {
//@@ solution
  let s = -1
  let u = -1
  if (words.length == 0) { return '' }
  for (let i = 0; i < words.length; i++) {
    let p = 0
    for (let j = 0; j < words[i].length; j++) {
      let y = 1
      for (let k = 0; k < j; k++) {
        if (words[i][j] == words[i][k]) { y = 0 }
      }
      if (y == 1) { p++ }
    }
    if (p > s || (p == s && words[i] < words[u])) {
      u = i;
      s = p;
    }
  }
  return words[u]
}
//@@ test
declare var require: any;
const assert = require("node:assert");

const testFindMax = () => {
  assert.ok(findMax(['name', 'of', 'string']) === 'string')
  assert.ok(findMax(['name', 'enam', 'game']) === 'enam')
  assert.ok(findMax(['aaaaaaa', 'bb', 'cc']) === 'aaaaaaa')
  assert.ok(findMax(['abc', 'cba']) === 'abc')
  assert.ok(
    findMax(['play', 'this', 'game', 'of', 'footbott']) === 'footbott'
  )
  assert.ok(findMax(['we', 'are', 'gonna', 'rock']) === 'gonna')
  assert.ok(findMax(['we', 'are', 'a', 'mad', 'nation']) === 'nation')
  assert.ok(findMax(['this', 'is', 'a', 'prrk']) === 'this')
  assert.ok(findMax(['b']) === 'b')
  assert.ok(findMax(['play', 'play', 'play']) === 'play')
}

testFindMax()

export {};
//@@ example_test
declare var require: any;
const assert = require("node:assert");

const testFindMax = () => {
  assert.ok(findMax(['name', 'of', 'string']) === 'string')
  assert.ok(findMax(['name', 'enam', 'game']) === 'enam')
  assert.ok(findMax(['aaaaaaa', 'bb', 'cc']) === 'aaaaaaa')
}
testFindMax()

export {};
//@@ notes
Solution and helpers: HumanEval-X JavaScript (Apache-2.0); test: HumanEval-X JS test, console.assert -> assert.ok.
Types seeded from MultiPL-E's prompt.
