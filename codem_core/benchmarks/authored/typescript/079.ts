//@@ header
//@@ helpers
//@@ doc_append
//@@ signature
function decimalToBinary(decimal: number): string {
//@@ solution
  return "db" + decimal.toString(2) + "db";
}
//@@ test
declare var require: any;
const assert = require("node:assert");

const testDecimalToBinary = () => {
  assert.ok(decimalToBinary(0) === 'db0db')
  assert.ok(decimalToBinary(32) === 'db100000db')
  assert.ok(decimalToBinary(103) === 'db1100111db')
  assert.ok(decimalToBinary(15) === 'db1111db')
}

testDecimalToBinary()

export {};
//@@ example_test
declare var require: any;
const assert = require("node:assert");

const testDecimalToBinary = () => {
  assert.ok(decimalToBinary(32) === 'db100000db')
  assert.ok(decimalToBinary(15) === 'db1111db')
}
testDecimalToBinary()

export {};
//@@ notes
Solution and helpers: HumanEval-X JavaScript (Apache-2.0); test: HumanEval-X JS test, console.assert -> assert.ok.
Types seeded from MultiPL-E's prompt.
