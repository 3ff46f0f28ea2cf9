//@@ header
//@@ helpers
//@@ doc_append
//@@ signature
function largestSmallestIntegers(lst: number[]): [number | undefined, number | undefined] {
//@@ solution
  let a = Infinity
  let b = -Infinity
  for (let i = 0; i < lst.length; i++) {
    if (lst[i] > 0 && lst[i] < a) { a = lst[i] }
    if (lst[i] < 0 && lst[i] > b) { b = lst[i] }
  }
  if (a == Infinity) { a = null }
  if (b == -Infinity) { b = null }
  return [b, a]
}
//@@ test
declare var require: any;
const assert = require("node:assert");

const testLargestSmallestIntegers = () => {
  assert.ok(
    JSON.stringify(largestSmallestIntegers([2, 4, 1, 3, 5, 7])) ===
    JSON.stringify([null, 1])
  )
  assert.ok(
    JSON.stringify(largestSmallestIntegers([2, 4, 1, 3, 5, 7, 0])) ===
    JSON.stringify([null, 1])
  )
  assert.ok(
    JSON.stringify(largestSmallestIntegers([1, 3, 2, 4, 5, 6, -2])) ===
    JSON.stringify([-2, 1])
  )
  assert.ok(
    JSON.stringify(largestSmallestIntegers([4, 5, 3, 6, 2, 7, -7])) ===
    JSON.stringify([-7, 2])
  )
  assert.ok(
    JSON.stringify(largestSmallestIntegers([7, 3, 8, 4, 9, 2, 5, -9])) ===
    JSON.stringify([-9, 2])
  )
  assert.ok(
    JSON.stringify(largestSmallestIntegers([])) === JSON.stringify([null, null])
  )
  assert.ok(
    JSON.stringify(largestSmallestIntegers([0])) ===
    JSON.stringify([null, null])
  )
  assert.ok(
    JSON.stringify(largestSmallestIntegers([-1, -3, -5, -6])) ===
    JSON.stringify([-1, null])
  )
  assert.ok(
    JSON.stringify(largestSmallestIntegers([-1, -3, -5, -6, 0])) ===
    JSON.stringify([-1, null])
  )
  assert.ok(
    JSON.stringify(largestSmallestIntegers([-6, -4, -4, -3, 1])) ===
    JSON.stringify([-3, 1])
  )
  assert.ok(
    JSON.stringify(largestSmallestIntegers([-6, -4, -4, -3, -100, 1])) ===
    JSON.stringify([-3, 1])
  )
}

testLargestSmallestIntegers()

export {};
//@@ example_test
declare var require: any;
const assert = require("node:assert");

const testLargestSmallestIntegers = () => {
  assert.ok(
    JSON.stringify(largestSmallestIntegers([2, 4, 1, 3, 5, 7])) ===
    JSON.stringify([null, 1])
  )
  assert.ok(
    JSON.stringify(largestSmallestIntegers([])) === JSON.stringify([null, null])
  )
  assert.ok(
    JSON.stringify(largestSmallestIntegers([0])) ===
    JSON.stringify([null, null])
  )
}
testLargestSmallestIntegers()

export {};
//@@ notes
Solution and helpers: HumanEval-X JavaScript (Apache-2.0); test: HumanEval-X JS test, console.assert -> assert.ok.
Types seeded from MultiPL-E's prompt.
