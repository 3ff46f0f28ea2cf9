//@@ header
//@@ helpers
//@@ doc_append
//@@ signature
function getPositive(l: number[]): number[] {
//@@ solution
  return l.filter(e => e > 0);
}
//@@ test
declare var require: any;
const assert = require("node:assert");

const testGetPositive = () => {
  assert.ok(
    JSON.stringify(getPositive([-1, -2, 4, 5, 6])) === JSON.stringify([4, 5, 6])
  )
  assert.ok(
    JSON.stringify(getPositive([5, 3, -5, 2, 3, 3, 9, 0, 123, 1, -10])) ===
      JSON.stringify([5, 3, 2, 3, 3, 9, 123, 1])
  )
  assert.ok(JSON.stringify(getPositive([-1, -2])) === JSON.stringify([]))
  assert.ok(JSON.stringify(getPositive([])) === JSON.stringify([]))
}

testGetPositive()

export {};
//@@ example_test
declare var require: any;
const assert = require("node:assert");

const testGetPositive = () => {
  assert.ok(
    JSON.stringify(getPositive([-1, 2, -4, 5, 6])) === JSON.stringify([2, 5, 6])
  )
  assert.ok(
    JSON.stringify(getPositive([5, 3, -5, 2, -3, 3, 9, 0, 123, 1, -10])) ===
      JSON.stringify([5, 3, 2, 3, 9, 123, 1])
  )
}
testGetPositive()

export {};
//@@ notes
Solution and helpers: HumanEval-X JavaScript (Apache-2.0); test: HumanEval-X JS test, console.assert -> assert.ok.
Types seeded from MultiPL-E's prompt.
