//@@ header
//@@ helpers
//@@ doc_append
//@@ signature
function sumToN(n: number): number {
//@@ solution
  return n * (n + 1) / 2;
}
//@@ test
declare var require: any;
const assert = require("node:assert");

const testSumToN = () => {
  assert.ok(sumToN(1) === 1)
  assert.ok(sumToN(6) === 21)
  assert.ok(sumToN(11) === 66)
  assert.ok(sumToN(30) === 465)
  assert.ok(sumToN(100) === 5050)
}

testSumToN()

export {};
//@@ example_test
declare var require: any;
const assert = require("node:assert");

const testSumToN = () => {
  assert.ok(sumToN(1) === 1)
  assert.ok(sumToN(5) === 15)
  assert.ok(sumToN(10) === 55)
  assert.ok(sumToN(30) === 465)
  assert.ok(sumToN(100) === 5050)
}
testSumToN()

export {};
//@@ notes
Solution and helpers: HumanEval-X JavaScript (Apache-2.0); test: HumanEval-X JS test, console.assert -> assert.ok.
Types seeded from MultiPL-E's prompt.
