//@@ header
//@@ helpers
//@@ doc_append
//@@ signature
function sortArray(arr: number[]): number[] {
//@@ solution
  let p = arr
  for (let j = 0; j < p.length; j++) {
    let ind = j
    for (let k = j + 1; k < p.length; k++) {
      let w1 = p[ind].toString(2)
      let f1 = 0
      for (let u = 0; u < w1.length; u++) {
        if (w1[u] == '1') { f1++ }
      }
      let w2 = p[k].toString(2)
      let f2 = 0
      for (let u = 0; u < w2.length; u++) {
        if (w2[u] == '1') { f2++ }
      }
      if (f2 < f1 || (f1 == f2 && p[k] < p[ind])) {
        ind = k
      }
    }
    if (ind > j) {
      let tmp = p[j]
      p[j] = p[ind]
      p[ind] = tmp
    }
  }
  return p
}
//@@ test
declare var require: any;
const assert = require("node:assert");

const testSortArray = () => {
  assert.ok(
    JSON.stringify(sortArray([1, 5, 2, 3, 4])) ===
    JSON.stringify([1, 2, 4, 3, 5])
  )

  assert.ok(
    JSON.stringify(sortArray([-2, -3, -4, -5, -6])) ===
    JSON.stringify([-4, -2, -6, -5, -3])
  )
  assert.ok(
    JSON.stringify(sortArray([1, 0, 2, 3, 4])) ===
    JSON.stringify([0, 1, 2, 4, 3])
  )
  assert.ok(JSON.stringify(sortArray([])) === JSON.stringify([]))
  assert.ok(
    JSON.stringify(sortArray([2, 5, 77, 4, 5, 3, 5, 7, 2, 3, 4])) ===
    JSON.stringify([2, 2, 4, 4, 3, 3, 5, 5, 5, 7, 77])
  )
  assert.ok(
    JSON.stringify(sortArray([3, 6, 44, 12, 32, 5])) ===
    JSON.stringify([32, 3, 5, 6, 12, 44])
  )
  assert.ok(
    JSON.stringify(sortArray([2, 4, 8, 16, 32])) ===
    JSON.stringify([2, 4, 8, 16, 32])
  )
  assert.ok(
    JSON.stringify(sortArray([2, 4, 8, 16, 32])) ===
    JSON.stringify([2, 4, 8, 16, 32])
  )
}

testSortArray()

export {};
//@@ example_test
declare var require: any;
const assert = require("node:assert");

const testSortArray = () => {
  assert.ok(
    JSON.stringify(sortArray([1, 5, 2, 3, 4])) ===
    JSON.stringify([1, 2, 4, 3, 5])
  )
  assert.ok(
    JSON.stringify(sortArray([-2, -3, -4, -5, -6])) ===
    JSON.stringify([-4, -2, -6, -5, -3])
  )
  assert.ok(
    JSON.stringify(sortArray([1, 0, 2, 3, 4])) ===
    JSON.stringify([0, 1, 2, 4, 3])
  )
}
testSortArray()

export {};
//@@ notes
Solution and helpers: HumanEval-X JavaScript (Apache-2.0); test: HumanEval-X JS test, console.assert -> assert.ok.
Types seeded from MultiPL-E's prompt.
