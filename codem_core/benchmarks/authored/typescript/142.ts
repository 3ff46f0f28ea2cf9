//@@ header
//@@ helpers
//@@ doc_append
//@@ signature
function sumSquares(lst: number[]): number {
//@@ solution
  let y = 0
  for (let i = 0; i < lst.length; i++) {
    if (i % 3 == 0) { y += lst[i] * lst[i] }
    else if (i % 4 == 0) { y += lst[i] * lst[i] * lst[i] }
    else { y += lst[i] }
  }
  return y
}
//@@ test
declare var require: any;
const assert = require("node:assert");

const testSumSquares = () => {
  assert.ok(sumSquares([1, 2, 3]) === 6)
  assert.ok(sumSquares([1, 4, 9]) === 14)
  assert.ok(sumSquares([]) === 0)
  assert.ok(sumSquares([1, 1, 1, 1, 1, 1, 1, 1, 1]) === 9)
  assert.ok(sumSquares([-1, -1, -1, -1, -1, -1, -1, -1, -1]) === -3)
  assert.ok(sumSquares([0]) === 0)
  assert.ok(sumSquares([-1, -5, 2, -1, -5]) === -126)
  assert.ok(sumSquares([-56, -99, 1, 0, -2]) === 3030)
  assert.ok(sumSquares([-1, 0, 0, 0, 0, 0, 0, 0, -1]) === 0)
  assert.ok(
    sumSquares([
      -16, -9, -2, 36, 36, 26, -20, 25, -40, 20, -4, 12, -26, 35, 37,
    ]) === -14196
  )
  assert.ok(
    sumSquares([
      -1, -3, 17, -1, -15, 13, -1, 14, -14, -12, -5, 14, -14, 6, 13, 11, 16, 16,
      4, 10,
    ]) === -1448
  )
}

testSumSquares()

export {};
//@@ example_test
declare var require: any;
const assert = require("node:assert");

const testSumSquares = () => {
  assert.ok(sumSquares([1, 2, 3]) === 6)
  assert.ok(sumSquares([]) === 0)
  assert.ok(sumSquares([-1, -5, 2, -1, -5]) === -126)
}
testSumSquares()

export {};
//@@ notes
Solution and helpers: HumanEval-X JavaScript (Apache-2.0); test: HumanEval-X JS test, console.assert -> assert.ok.
Types seeded from MultiPL-E's prompt.
