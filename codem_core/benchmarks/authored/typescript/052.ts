//@@ header
//@@ helpers
//@@ doc_append
//@@ signature
function belowThreshold(l: number[], t: number): boolean {
//@@ solution
  for (const e of l)
    if (e >= t)
      return false;
  return true;
}
//@@ test
declare var require: any;
const assert = require("node:assert");

const testBelowThreshold = () => {
  assert.ok(belowThreshold([1, 2, 4, 10], 100) === true)
  assert.ok(belowThreshold([1, 20, 4, 10], 5) === false)
  assert.ok(belowThreshold([1, 20, 4, 10], 21) === true)
  assert.ok(belowThreshold([1, 20, 4, 10], 22) === true)
  assert.ok(belowThreshold([1, 8, 4, 10], 11) === true)
  assert.ok(belowThreshold([1, 8, 4, 10], 10) === false)
}

testBelowThreshold()

export {};
//@@ example_test
declare var require: any;
const assert = require("node:assert");

const testBelowThreshold = () => {
  assert.ok(belowThreshold([1, 2, 4, 10], 100) === true)
  assert.ok(belowThreshold([1, 20, 4, 10], 5) === false)
}
testBelowThreshold()

export {};
//@@ notes
Solution and helpers: HumanEval-X JavaScript (Apache-2.0); test: HumanEval-X JS test, console.assert -> assert.ok.
Types seeded from MultiPL-E's prompt.
