//@@ header
//@@ helpers
//@@ doc_append
//@@ signature
function sortEven(l: number[]): number[] {
//@@ solution
  var even = l.filter((item, index) => index % 2 == 0);
  even.sort((a, b) => (a - b));
  return l.map((item, index) => (index % 2 == 0 ? even[index / 2] : item));
}
//@@ test
declare var require: any;
const assert = require("node:assert");

const testSortEven = () => {
  assert.ok(JSON.stringify(sortEven([1, 2, 3])) ===
    JSON.stringify([1, 2, 3]))
  assert.ok(JSON.stringify(
    sortEven([5, 3, -5, 2, -3, 3, 9, 0, 123, 1, -10])) ===
    JSON.stringify([-10, 3, -5, 2, -3, 3, 5, 0, 9, 1, 123]))
  assert.ok(JSON.stringify(
    sortEven([5, 8, -12, 4, 23, 2, 3, 11, 12, -10])) ===
    JSON.stringify([-12, 8, 3, 4, 5, 2, 12, 11, 23, -10]))
}

testSortEven()

export {};
//@@ example_test
declare var require: any;
const assert = require("node:assert");

const testSortEven = () => {
  assert.ok(JSON.stringify(sortEven([1, 2, 3])) ===
    JSON.stringify([1, 2, 3]))
  assert.ok(JSON.stringify(
    sortEven([5,6,3,4])) ===
    JSON.stringify([3,6,5,4]))
}
testSortEven()

export {};
//@@ notes
Solution and helpers: HumanEval-X JavaScript (Apache-2.0); test: HumanEval-X JS test, console.assert -> assert.ok.
Types seeded from MultiPL-E's prompt.
