//@@ header
//@@ helpers
//@@ doc_append
//@@ signature
function greatestCommonDivisor(a: number, b: number): number {
//@@ solution
  while (b != 0) {
    let temp = a;
    a = b;
    b = temp % b;
  }
  return a;
}
//@@ test
declare var require: any;
const assert = require("node:assert");

const testGreatestCommonDivisor = () => {
  assert.ok(greatestCommonDivisor(3, 7) === 1)
  assert.ok(greatestCommonDivisor(10, 15) === 5)
  assert.ok(greatestCommonDivisor(49, 14) === 7)
  assert.ok(greatestCommonDivisor(144, 60) === 12)
}

testGreatestCommonDivisor()

export {};
//@@ example_test
declare var require: any;
const assert = require("node:assert");

const testGreatestCommonDivisor = () => {
  assert.ok(greatestCommonDivisor(3, 5) === 1)
  assert.ok(greatestCommonDivisor(25, 15) === 5)
}
testGreatestCommonDivisor()

export {};
//@@ notes
Solution and helpers: HumanEval-X JavaScript (Apache-2.0); test: HumanEval-X JS test, console.assert -> assert.ok.
Types seeded from MultiPL-E's prompt.
