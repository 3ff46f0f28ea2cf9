//@@ header
//@@ helpers
//@@ doc_append
//@@ signature
function doubleTheDifference(lst: number[]): number {
//@@ solution
  let p = 0
  for (let i = 0; i < lst.length; i++) {
    if (lst[i] % 2 == 1 && lst[i] > 0) {
      p += lst[i] * lst[i]
    }
  }
  return p
}
//@@ test
declare var require: any;
const assert = require("node:assert");

const testDoubleTheDifference = () => {
  assert.ok(doubleTheDifference([]) === 0)
  assert.ok(doubleTheDifference([5, 4]) === 25)
  assert.ok(doubleTheDifference([0.1, 0.2, 0.3]) === 0)
  assert.ok(doubleTheDifference([-10, -20, -30]) === 0)
  assert.ok(doubleTheDifference([-1, -2, 8]) === 0)
  assert.ok(doubleTheDifference([0.2, 3, 5]) === 34)
  let lst = []
  let odd_sum = 0
  for (let i = -99; i < 100; i += 2) {
    if (i % 2 != 0 && i > 0) { odd_sum += i * i }
    lst.push(i)
  }
  assert.ok(doubleTheDifference(lst) === odd_sum)
}
testDoubleTheDifference()

export {};
//@@ example_test
declare var require: any;
const assert = require("node:assert");

const testDoubleTheDifference = () => {
  assert.ok(doubleTheDifference([1,3,2,0]) === 10)
  assert.ok(doubleTheDifference([-1,-2,0]) === 0)
  assert.ok(doubleTheDifference([9,-2]) === 81)
  assert.ok(doubleTheDifference([0]) === 0)
}
testDoubleTheDifference()

export {};
//@@ notes
Solution and helpers: HumanEval-X JavaScript (Apache-2.0); test: HumanEval-X JS test, console.assert -> assert.ok.
Types seeded from MultiPL-E's prompt.
