//@@ header
//@@ helpers
//@@ doc_append
//@@ signature
function monotonic(l: number[]): boolean {
//@@ solution
  var sort1 = [...l].sort((a, b) => a - b);
  var sort2 = [...l].sort((a, b) => b - a);
  if (JSON.stringify(l) === JSON.stringify(sort1) ||
      JSON.stringify(l) === JSON.stringify(sort2))
    return true;
  return false;
}
//@@ test
declare var require: any;
const assert = require("node:assert");

const testMonotonic = () => {
  assert.ok(monotonic([1, 2, 4, 10]) === true)
  assert.ok(monotonic([1, 2, 4, 20]) === true)
  assert.ok(monotonic([1, 20, 4, 10]) === false)
  assert.ok(monotonic([4, 1, 0, -10]) === true)
  assert.ok(monotonic([4, 1, 1, 0]) === true)
  assert.ok(monotonic([1, 2, 3, 2, 5, 60]) === false)
  assert.ok(monotonic([1, 2, 3, 4, 5, 60]) === true)
  assert.ok(monotonic([9, 9, 9, 9]) === true)
}

testMonotonic()

export {};
//@@ example_test
declare var require: any;
const assert = require("node:assert");

const testMonotonic = () => {
  assert.ok(monotonic([1, 2, 4, 10]) === true)
  assert.ok(monotonic([1, 20, 4, 10]) === false)
  assert.ok(monotonic([4, 1, 0, -10]) === true)
}
testMonotonic()

export {};
//@@ notes
Solution and helpers: HumanEval-X JavaScript (Apache-2.0); test: HumanEval-X JS test, console.assert -> assert.ok.
Types seeded from MultiPL-E's prompt.
