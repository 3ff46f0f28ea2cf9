//@@ header
//@@ helpers
//@@ doc_append
//@@ signature
function countUpTo(n: number): number[] {
//@@ solution
  let t = []
  for (let i = 2; i < n; i++) {
    let p = 1
    for (let j = 2; j * j <= i; j++) {
      if (i % j == 0) { p = 0; break }
    }
    if (p == 1) { t.push(i) }
  }
  return t
}
//@@ test
declare var require: any;
const assert = require("node:assert");

const testCountUpTo = () => {
  assert.ok(JSON.stringify(countUpTo(5)) === JSON.stringify([2, 3]))
  assert.ok(JSON.stringify(countUpTo(6)) === JSON.stringify([2, 3, 5]))
  assert.ok(JSON.stringify(countUpTo(7)) === JSON.stringify([2, 3, 5]))
  assert.ok(JSON.stringify(countUpTo(10)) === JSON.stringify([2, 3, 5, 7]))
  assert.ok(JSON.stringify(countUpTo(0)) === JSON.stringify([]))
  assert.ok(
    JSON.stringify(countUpTo(22)) ===
    JSON.stringify([2, 3, 5, 7, 11, 13, 17, 19])
  )
  assert.ok(JSON.stringify(countUpTo(1)) === JSON.stringify([]))
  assert.ok(
    JSON.stringify(countUpTo(18)) === JSON.stringify([2, 3, 5, 7, 11, 13, 17])
  )
  assert.ok(
    JSON.stringify(countUpTo(47)) ===
    JSON.stringify([2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37, 41, 43])
  )
  assert.ok(
    JSON.stringify(countUpTo(101)) ===
    JSON.stringify([
      2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37, 41, 43, 47, 53, 59, 61, 67,
      71, 73, 79, 83, 89, 97,
    ])
  )
}

testCountUpTo()

export {};
//@@ example_test
declare var require: any;
const assert = require("node:assert");

const testCountUpTo = () => {
  assert.ok(JSON.stringify(countUpTo(5)) === JSON.stringify([2, 3]))
  assert.ok(JSON.stringify(countUpTo(11)) === JSON.stringify([2, 3, 5, 7]))
  assert.ok(JSON.stringify(countUpTo(0)) === JSON.stringify([]))
  assert.ok(
    JSON.stringify(countUpTo(20)) ===
    JSON.stringify([2, 3, 5, 7, 11, 13, 17, 19])
  )
  assert.ok(JSON.stringify(countUpTo(1)) === JSON.stringify([]))
  assert.ok(
    JSON.stringify(countUpTo(18)) === JSON.stringify([2, 3, 5, 7, 11, 13, 17])
  )
}
testCountUpTo()

export {};
//@@ notes
Solution and helpers: HumanEval-X JavaScript (Apache-2.0); test: HumanEval-X JS test, console.assert -> assert.ok.
Types seeded from MultiPL-E's prompt.
