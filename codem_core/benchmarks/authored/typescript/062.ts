//@@ header
//@@ helpers
//@@ doc_append
//@@ signature
function derivative(xs: number[]): number[] {
//@@ solution
  return xs.map((x, i) => x * i).slice(1);
}
//@@ test
declare var require: any;
const assert = require("node:assert");

const testDerivative = () => {
  assert.ok(
    JSON.stringify(derivative([3, 1, 2, 4, 5])) ===
      JSON.stringify([1, 4, 12, 20])
  )
  assert.ok(
    JSON.stringify(derivative([1, 2, 3])) === JSON.stringify([2, 6])
  )
  assert.ok(
    JSON.stringify(derivative([3, 2, 1])) === JSON.stringify([2, 2])
  )
  assert.ok(
    JSON.stringify(derivative([3, 2, 1, 0, 4])) ===
      JSON.stringify([2, 2, 0, 16])
  )
  assert.ok(JSON.stringify(derivative([1])) === JSON.stringify([]))
}

testDerivative()

export {};
//@@ example_test
declare var require: any;
const assert = require("node:assert");

const testDerivative = () => {
  assert.ok(
    JSON.stringify(derivative([3, 1, 2, 4, 5])) ===
      JSON.stringify([1, 4, 12, 20])
  )
  assert.ok(
    JSON.stringify(derivative([1, 2, 3])) === JSON.stringify([2, 6])
  )
}
testDerivative()

export {};
//@@ notes
Solution and helpers: HumanEval-X JavaScript (Apache-2.0); test: HumanEval-X JS test, console.assert -> assert.ok.
Types seeded from MultiPL-E's prompt.
