//@@ header
//@@ helpers
//@@ doc_append
//@@ signature
function addElements(arr: number[], k: number): number {
//@@ solution
  let p = 0
  for (let i = 0; i < k; i++) {
    if (arr[i] < 100 && arr[i] > -100) { p += arr[i] }
  }
  return p
}
//@@ test
declare var require: any;
const assert = require("node:assert");

const testAddElements = () => {
  assert.ok(addElements([1, -2, -3, 41, 57, 76, 87, 88, 99], 3) === -4)
  assert.ok(addElements([111, 121, 3, 4000, 5, 6], 2) === 0)
  assert.ok(addElements([11, 21, 3, 90, 5, 6, 7, 8, 9], 4) === 125)
  assert.ok(addElements([111, 21, 3, 4000, 5, 6, 7, 8, 9], 4) === 24)
  assert.ok(addElements([1], 1) === 1)
}

testAddElements()

export {};
//@@ example_test
declare var require: any;
const assert = require("node:assert");

const testAddElements = () => {
  assert.ok(addElements([111, 21, 3, 4000, 5, 6, 7, 8, 9], 4) === 24)
}
testAddElements()

export {};
//@@ notes
Solution and helpers: HumanEval-X JavaScript (Apache-2.0); test: HumanEval-X JS test, console.assert -> assert.ok.
Types seeded from MultiPL-E's prompt.
