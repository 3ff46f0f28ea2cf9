//@@ header
//@@ helpers
//@@ doc_append
//@@ signature
function multiply(a: number, b: number): number {
//@@ solution
  if (a < 0) { a = -a }
  if (b < 0) { b = -b }
  return (a % 10) * (b % 10)
}
//@@ test
declare var require: any;
const assert = require("node:assert");

const testMultiply = () => {
  assert.ok(multiply(148, 412) === 16)
  assert.ok(multiply(19, 28) === 72)
  assert.ok(multiply(2020, 1851) === 0)
  assert.ok(multiply(14, -15) === 20)
  assert.ok(multiply(76, 67) === 42)
  assert.ok(multiply(17, 27) === 49)
  assert.ok(multiply(0, 1) === 0)
  assert.ok(multiply(0, 0) === 0)
}

testMultiply()

export {};
//@@ example_test
declare var require: any;
const assert = require("node:assert");

const testMultiply = () => {
  assert.ok(multiply(148, 412) === 16)
  assert.ok(multiply(19, 28) === 72)
  assert.ok(multiply(2020, 1851) === 0)
  assert.ok(multiply(14, -15) === 20)
}
testMultiply()

export {};
//@@ notes
Solution and helpers: HumanEval-X JavaScript (Apache-2.0); test: HumanEval-X JS test, console.assert -> assert.ok.
Types seeded from MultiPL-E's prompt.
