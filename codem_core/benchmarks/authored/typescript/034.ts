//@@ header
//@@ helpers
//@@ doc_append
//@@ signature
function unique(l: number[]): number[] {
//@@ solution
  return Array.from(new Set(l)).sort((a, b) => (a - b));
}
//@@ test
declare var require: any;
const assert = require("node:assert");

const testUnique = () => {
  assert.ok(
    JSON.stringify(unique([5, 3, 5, 2, 3, 3, 9, 0, 123])) ===
      JSON.stringify([0, 2, 3, 5, 9, 123])
  )
}

testUnique()

export {};
//@@ example_test
declare var require: any;
const assert = require("node:assert");

const testUnique = () => {
  assert.ok(
    JSON.stringify(unique([5, 3, 5, 2, 3, 3, 9, 0, 123])) ===
      JSON.stringify([0, 2, 3, 5, 9, 123])
  )
}
testUnique()

export {};
//@@ notes
Solution and helpers: HumanEval-X JavaScript (Apache-2.0); test: HumanEval-X JS test, console.assert -> assert.ok.
Types seeded from MultiPL-E's prompt.
