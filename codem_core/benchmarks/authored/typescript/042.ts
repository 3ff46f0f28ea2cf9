//@@ header
//@@ helpers
//@@ doc_append
//@@ signature
function incrList(l: number[]): number[] {
//@@ solution
  return l.map(e => e + 1);
}
//@@ test
declare var require: any;
const assert = require("node:assert");

const testIncrList = () => {
  assert.ok(JSON.stringify(incrList([])) === JSON.stringify([]))
  assert.ok(
    JSON.stringify(incrList([3, 2, 1])) === JSON.stringify([4, 3, 2])
  )
  assert.ok(
    JSON.stringify(incrList([5, 2, 5, 2, 3, 3, 9, 0, 123])) ===
      JSON.stringify([6, 3, 6, 3, 4, 4, 10, 1, 124])
  )
}

testIncrList()

export {};
//@@ example_test
declare var require: any;
const assert = require("node:assert");

const testIncrList = () => {
  assert.ok(
    JSON.stringify(incrList([1, 2, 3])) === JSON.stringify([2, 3, 4])
  )
  assert.ok(
    JSON.stringify(incrList([5, 2, 5, 2, 3, 3, 9, 0, 123])) ===
      JSON.stringify([6, 3, 6, 3, 4, 4, 10, 1, 124])
  )
}
testIncrList()

export {};
//@@ notes
Solution and helpers: HumanEval-X JavaScript (Apache-2.0); test: HumanEval-X JS test, console.assert -> assert.ok.
Types seeded from MultiPL-E's prompt.
