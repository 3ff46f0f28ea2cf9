//@@ header
//@@ helpers
//@@ doc_append
//@@ signature
function sumSquares(lst: number[]): number {
//@@ solution
  let p = 0
  for (let i = 0; i < lst.length; i++) {
    let y = lst[i]
    if (y % 1 != 0) {
      if (y > 0) { y = y - y % 1 + 1 }
      else { y = -y; y = y - y % 1 }
    }
    p += y * y
  }
  return p
}
//@@ test
declare var require: any;
const assert = require("node:assert");

const testSumSquares = () => {
  assert.ok(sumSquares([1, 2, 3]) === 14)
  assert.ok(sumSquares([1.0, 2, 3]) === 14)
  assert.ok(sumSquares([1, 3, 5, 7]) === 84)
  assert.ok(sumSquares([1.4, 4.2, 0]) === 29)
  assert.ok(sumSquares([-2.4, 1, 1]) === 6)

  assert.ok(sumSquares([100, 1, 15, 2]) === 10230)
  assert.ok(sumSquares([10000, 10000]) === 200000000)
  assert.ok(sumSquares([-1.4, 4.6, 6.3]) === 75)
  assert.ok(sumSquares([-1.4, 17.9, 18.9, 19.9]) === 1086)

  assert.ok(sumSquares([0]) === 0)
  assert.ok(sumSquares([-1]) === 1)
  assert.ok(sumSquares([-1, 1, 0]) === 2)
}

testSumSquares()

export {};
//@@ example_test
declare var require: any;
const assert = require("node:assert");

const testSumSquares = () => {
  assert.ok(sumSquares([1, 2, 3]) === 14)
  assert.ok(sumSquares([1, 4, 9]) === 98)
  assert.ok(sumSquares([1, 3, 5, 7]) === 84)
  assert.ok(sumSquares([1.4, 4.2, 0]) === 29)
  assert.ok(sumSquares([-2.4, 1, 1]) === 6)
}
testSumSquares()

export {};
//@@ notes
Solution and helpers: HumanEval-X JavaScript (Apache-2.0); test: HumanEval-X JS test, console.assert -> assert.ok.
Types seeded from MultiPL-E's prompt.
