//@@ header
//@@ helpers
//@@ doc_append
//@@ signature
function maxElement(l: number[]): number {
//@@ solution
  return Math.max(...l);
}
//@@ test
declare var require: any;
const assert = require("node:assert");

const testMaxElement = () => {
  assert.ok(maxElement([1, 2, 3]) === 3)
  assert.ok(maxElement([5, 3, -5, 2, -3, 3, 9, 0, 124, 1, -10]) === 124)
}

testMaxElement()

export {};
//@@ example_test
declare var require: any;
const assert = require("node:assert");

const testMaxElement = () => {
  assert.ok(maxElement([1, 2, 3]) === 3)
  assert.ok(maxElement([5, 3, -5, 2, -3, 3, 9, 0, 123, 1, -10]) === 123)
}
testMaxElement()

export {};
//@@ notes
Solution and helpers: HumanEval-X JavaScript (Apache-2.0); test: HumanEval-X JS test, console.assert -> assert.ok.
Types seeded from MultiPL-E's prompt.
