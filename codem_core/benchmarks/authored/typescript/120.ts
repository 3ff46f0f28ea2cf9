//@@ header
//@@ helpers
//@@ doc_append
//@@ signature
function maximum(arr: number[], k: number): number[] {
//@@ solution
  let p = arr
  for (let j = 0; j < p.length; j++) {
    let ind = j
    for (let k = j + 1; k < p.length; k++) {
      if (p[k] < p[ind]) {
        ind = k
      }
    }
    if (ind > j) {
      let tmp = p[j]
      p[j] = p[ind]
      p[ind] = tmp
    }
  }
  if (k == 0) { return [] }
  return p.slice(-k)
}
//@@ test
declare var require: any;
const assert = require("node:assert");

const testMaximum = () => {
  assert.ok(
    JSON.stringify(maximum([-3, -4, 5], 3)) === JSON.stringify([-4, -3, 5])
  )
  assert.ok(
    JSON.stringify(maximum([4, -4, 4], 2)) === JSON.stringify([4, 4])
  )
  assert.ok(
    JSON.stringify(maximum([-3, 2, 1, 2, -1, -2, 1], 1)) === JSON.stringify([2])
  )
  assert.ok(
    JSON.stringify(maximum([123, -123, 20, 0, 1, 2, -3], 3)) ===
    JSON.stringify([2, 20, 123])
  )
  assert.ok(
    JSON.stringify(maximum([-123, 20, 0, 1, 2, -3], 4)) ===
    JSON.stringify([0, 1, 2, 20])
  )
  assert.ok(
    JSON.stringify(maximum([5, 15, 0, 3, -13, -8, 0], 7)) ===
    JSON.stringify([-13, -8, 0, 0, 3, 5, 15])
  )
  assert.ok(
    JSON.stringify(maximum([-1, 0, 2, 5, 3, -10], 2)) === JSON.stringify([3, 5])
  )
  assert.ok(
    JSON.stringify(maximum([1, 0, 5, -7], 1)) === JSON.stringify([5])
  )
  assert.ok(JSON.stringify(maximum([4, -4], 2)) === JSON.stringify([-4, 4]))
  assert.ok(
    JSON.stringify(maximum([-10, 10], 2)) === JSON.stringify([-10, 10])
  )
  assert.ok(
    JSON.stringify(maximum([1, 2, 3, -23, 243, -400, 0], 0)) ===
    JSON.stringify([])
  )
}

testMaximum()

export {};
//@@ example_test
declare var require: any;
const assert = require("node:assert");

const testMaximum = () => {
  assert.ok(
    JSON.stringify(maximum([-3, -4, 5], 3)) === JSON.stringify([-4, -3, 5])
  )
  assert.ok(
    JSON.stringify(maximum([4, -4, 4], 2)) === JSON.stringify([4, 4])
  )
  assert.ok(
    JSON.stringify(maximum([-3, 2, 1, 2, -1, -2, 1], 1)) === JSON.stringify([2])
  )
}
testMaximum()

export {};
//@@ notes
Solution and helpers: HumanEval-X JavaScript (Apache-2.0); test: HumanEval-X JS test, console.assert -> assert.ok.
Types seeded from MultiPL-E's prompt.
