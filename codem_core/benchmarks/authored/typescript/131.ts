//@@ header
//@@ helpers
//@@ doc_append
//@@ signature
function digits(n: number): number {
//@@ solution
  let p = 1
  let k = 1
  while (n > 0) {
    let y = n % 10
    if (y % 2 == 1) {
      p *= y; k = 0;
    }
    n = (n - n % 10) / 10
  }
  if (k == 0) { return p }
  return 0
}
//@@ test
declare var require: any;
const assert = require("node:assert");

const testDigits = () => {
  assert.ok(digits(5) === 5)
  assert.ok(digits(54) === 5)
  assert.ok(digits(120) === 1)
  assert.ok(digits(5014) === 5)
  assert.ok(digits(98765) === 315)
  assert.ok(digits(5576543) === 2625)
  assert.ok(digits(2468) === 0)
}

testDigits()

export {};
//@@ example_test
declare var require: any;
const assert = require("node:assert");

const testDigits = () => {
  assert.ok(digits(1) === 1)
  assert.ok(digits(4) === 0)
  assert.ok(digits(235) === 15)
}
testDigits()

export {};
//@@ notes
Solution and helpers: HumanEval-X JavaScript (Apache-2.0); test: HumanEval-X JS test, console.assert -> assert.ok.
Types seeded from MultiPL-E's prompt.
