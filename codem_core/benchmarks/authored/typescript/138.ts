//@@ header
//@@ helpers
//@@ doc_append
//@@ signature
function isEqualToSumEven(n: number): boolean {
//@@ solution
  return (n >= 8 && n % 2 == 0)
}
//@@ test
declare var require: any;
const assert = require("node:assert");

const testIsEqualToSumEven = () => {
  assert.ok(isEqualToSumEven(4) === false)
  assert.ok(isEqualToSumEven(6) === false)
  assert.ok(isEqualToSumEven(8) === true)
  assert.ok(isEqualToSumEven(10) === true)
  assert.ok(isEqualToSumEven(11) === false)
  assert.ok(isEqualToSumEven(12) === true)
  assert.ok(isEqualToSumEven(13) === false)
  assert.ok(isEqualToSumEven(16) === true)
}

testIsEqualToSumEven()

export {};
//@@ example_test
declare var require: any;
const assert = require("node:assert");

const testIsEqualToSumEven = () => {
  assert.ok(isEqualToSumEven(4) === false)
  assert.ok(isEqualToSumEven(6) === false)
  assert.ok(isEqualToSumEven(8) === true)
}
testIsEqualToSumEven()

export {};
//@@ notes
Solution and helpers: HumanEval-X JavaScript (Apache-2.0); test: HumanEval-X JS test, console.assert -> assert.ok.
Types seeded from MultiPL-E's prompt.
