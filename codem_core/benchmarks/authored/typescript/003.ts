//@@ header
//@@ helpers
//@@ doc_append
//@@ signature
function belowZero(operations: number[]): boolean {
//@@ solution
  var balance = 0;
  for (const op of operations) {
    balance += op;
    if (balance < 0) {
      return true;
    }
  }
  return false;
}
//@@ test
declare var require: any;
const assert = require("node:assert");

const testBelowZero = () => {
  assert.ok(belowZero([]) === false)
  assert.ok(belowZero([1, 2, -3, 1, 2, -3]) === false)
  assert.ok(belowZero([1, 2, -4, 5, 6]) === true)
  assert.ok(belowZero([1, -1, 2, -2, 5, -5, 4, -4]) === false)
  assert.ok(belowZero([1, -1, 2, -2, 5, -5, 4, -5]) === true)
  assert.ok(belowZero([1, -2, 2, -2, 5, -5, 4, -4]) === true)
}

testBelowZero()

export {};
//@@ example_test
declare var require: any;
const assert = require("node:assert");

const testBelowZero = () => {
  assert.ok(belowZero([1, 2, 3]) === false)
  assert.ok(belowZero([1, 2, -4, 5]) === true)
}
testBelowZero()

export {};
//@@ notes
Solution and helpers: HumanEval-X JavaScript (Apache-2.0); test: HumanEval-X JS test, console.assert -> assert.ok.
Types seeded from MultiPL-E's prompt.
