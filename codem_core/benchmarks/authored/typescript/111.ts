//@@ header
//@@ helpers
//@@ doc_append
//@@ signature
function histogram(test: string): {[key: string]: number} {
//@@ solution
  let d: {[key: string]: number} = {}
  let t = test.split(/\s/)
  if (test == '') { t = [] }
  for (const m in t) {
    if (t[m] in d) {
      d[t[m]]++
    }
    else {
      d[t[m]] = 1
    }
  }
  let s = Object.keys(d).sort(function (a, b) { return - d[a] + d[b]; });
  if (s.length == 0) { return {} }
  let g = d[s[0]]
  let l: {[key: string]: number} = {}
  for (let ss=0; ss<s.length; ss++) {
    if (d[s[ss]] == g) {
      l[s[ss]] = d[s[ss]]
    }
  }
  return l
}
//@@ test
declare var require: any;
const assert = require("node:assert");

const testHistogram = () => {
  assert.ok(
    JSON.stringify(histogram('a b b a')) === JSON.stringify({ a: 2, b: 2 })
  )
  assert.ok(
    JSON.stringify(histogram('a b c a b')) === JSON.stringify({ a: 2, b: 2 })
  )
  assert.ok(
    JSON.stringify(histogram('a b c d g')) ===
    JSON.stringify({ a: 1, b: 1, c: 1, d: 1, g: 1 })
  )
  assert.ok(
    JSON.stringify(histogram('r t g')) === JSON.stringify({ r: 1, t: 1, g: 1 })
  )
  assert.ok(
    JSON.stringify(histogram('b b b b a')) === JSON.stringify({ b: 4 })
  )
  assert.ok(
    JSON.stringify(histogram('r t g')) === JSON.stringify({ r: 1, t: 1, g: 1 })
  )
  assert.ok(JSON.stringify(histogram('')) === JSON.stringify({}))
  assert.ok(JSON.stringify(histogram('a')) === JSON.stringify({ a: 1 }))
}

testHistogram()

export {};
//@@ example_test
declare var require: any;
const assert = require("node:assert");

const testHistogram = () => {
  assert.ok(
    JSON.stringify(histogram('a b b a')) === JSON.stringify({ a: 2, b: 2 })
  )
  assert.ok(
    JSON.stringify(histogram('a b c a b')) === JSON.stringify({ a: 2, b: 2 })
  )
  assert.ok(
    JSON.stringify(histogram('a b c d g')) ===
    JSON.stringify({ a: 1, b: 1, c: 1, d: 1, g: 1 })
  )
  assert.ok(
    JSON.stringify(histogram('a b c')) === JSON.stringify({ a: 1, b: 1, c: 1 })
  )
  assert.ok(
    JSON.stringify(histogram('b b b b a')) === JSON.stringify({ b: 4 })
  )
  assert.ok(JSON.stringify(histogram('')) === JSON.stringify({}))
}
testHistogram()

export {};
//@@ notes
Solution and helpers: HumanEval-X JavaScript (Apache-2.0); test: HumanEval-X JS test, console.assert -> assert.ok.
Types seeded from MultiPL-E's prompt.
Hand fix: implicit globals declared; objects typed.
