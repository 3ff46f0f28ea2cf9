//@@ header
//@@ helpers
//@@ doc_append
//@@ signature
function sortThird(l: number[]): number[] {
//@@ solution
  var three = l.filter((item, index) => index % 3 == 0);
  three.sort((a, b) => (a - b));
  return l.map((item, index) => (index % 3 == 0 ? three[index / 3] : item));
}
//@@ test
declare var require: any;
const assert = require("node:assert");

const testSortThird = () => {
  assert.ok(
    JSON.stringify(sortThird([1, 2, 3])) == JSON.stringify([1, 2, 3])
  )
  assert.ok(
    JSON.stringify(sortThird([5, 3, -5, 2, -3, 3, 9, 0, 123, 1, -10])) ==
      JSON.stringify([1, 3, -5, 2, -3, 3, 5, 0, 123, 9, -10])
  )
  assert.ok(
    JSON.stringify(sortThird([5, 8, -12, 4, 23, 2, 3, 11, 12, -10])) ==
      JSON.stringify([-10, 8, -12, 3, 23, 2, 4, 11, 12, 5])
  )
  assert.ok(
    JSON.stringify(sortThird([5, 6, 3, 4, 8, 9, 2])) ==
      JSON.stringify([2, 6, 3, 4, 8, 9, 5])
  )
  assert.ok(
    JSON.stringify(sortThird([5, 8, 3, 4, 6, 9, 2])) ==
      JSON.stringify([2, 8, 3, 4, 6, 9, 5])
  )
  assert.ok(
    JSON.stringify(sortThird([5, 6, 9, 4, 8, 3, 2])) ==
      JSON.stringify([2, 6, 9, 4, 8, 3, 5])
  )
  assert.ok(
    JSON.stringify(sortThird([5, 6, 3, 4, 8, 9, 2, 1])) ==
      JSON.stringify([2, 6, 3, 4, 8, 9, 5, 1])
  )
}

testSortThird()

export {};
//@@ example_test
declare var require: any;
const assert = require("node:assert");

const testSortThird = () => {
  assert.ok(
    JSON.stringify(sortThird([1, 2, 3])) == JSON.stringify([1, 2, 3])
  )
  assert.ok(
    JSON.stringify(sortThird([5, 6, 3, 4, 8, 9, 2])) ==
      JSON.stringify([2, 6, 3, 4, 8, 9, 5])
  )
}
testSortThird()

export {};
//@@ notes
Solution and helpers: HumanEval-X JavaScript (Apache-2.0); test: HumanEval-X JS test, console.assert -> assert.ok.
Types seeded from MultiPL-E's prompt.
