//@@ header
//@@ helpers
//@@ doc_append
//@@ signature
function canArrange(arr: number[]): number {
//@@ solution
  if (arr.length == 0) { return -1 }
  for (let i = arr.length - 1; i > 0; i--) {
    if (arr[i] < arr[i - 1]) { return i }
  }
  return -1
}
//@@ test
declare var require: any;
const assert = require("node:assert");

const testCanArrange = () => {
  assert.ok(canArrange([1, 2, 4, 3, 5]) === 3)
  assert.ok(canArrange([1, 2, 4, 5]) === -1)
  assert.ok(canArrange([1, 4, 2, 5, 6, 7, 8, 9, 10]) === 2)
  assert.ok(canArrange([4, 8, 5, 7, 3]) === 4)
  assert.ok(canArrange([]) === -1)
}

testCanArrange()

export {};
//@@ example_test
declare var require: any;
const assert = require("node:assert");

const testCanArrange = () => {
  assert.ok(canArrange([1, 2, 4, 3, 5]) === 3)
  assert.ok(canArrange([1, 2, 3]) === -1)
}
testCanArrange()

export {};
//@@ notes
Solution and helpers: HumanEval-X JavaScript (Apache-2.0); test: HumanEval-X JS test, console.assert -> assert.ok.
Types seeded from MultiPL-E's prompt.
