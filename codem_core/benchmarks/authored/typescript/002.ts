//@@ header
//@@ helpers
//@@ doc_append
//@@ signature
function truncateNumber(number: number): number {
//@@ solution
  return number % 1.0;
}
//@@ test
declare var require: any;
const assert = require("node:assert");

const testTruncateNumber = () => {
  assert.ok(truncateNumber(3.5) === 0.5)

  assert.ok(Math.abs(truncateNumber(1.33) - 0.33) < 1e-6)

  assert.ok(Math.abs(truncateNumber(123.456) - 0.456) < 1e-6)
}

testTruncateNumber()

export {};
//@@ example_test
declare var require: any;
const assert = require("node:assert");

const testTruncateNumber = () => {
  assert.ok(truncateNumber(3.5) === 0.5)
}
testTruncateNumber()

export {};
//@@ notes
Solution and helpers: HumanEval-X JavaScript (Apache-2.0); test: HumanEval-X JS test, console.assert -> assert.ok.
Types seeded from MultiPL-E's prompt.
Hand fix: upstream JS test applied Math.abs to a comparison; restored HumanEval's check abs(f(123.456) - 0.456) < 1e-6.
