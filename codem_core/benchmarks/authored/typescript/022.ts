//@@ header
//@@ helpers
//@@ doc_append
//@@ signature
function filterIntegers(values: any[]): number[] {
//@@ solution
  return values.filter(x => Number.isInteger(x));
}
//@@ test
declare var require: any;
const assert = require("node:assert");

const testFilterIntegers = () => {
  assert.ok(JSON.stringify(filterIntegers([])) === JSON.stringify([]))
  assert.ok(
    JSON.stringify(filterIntegers([4, {}, [], 23.2, 9, 'adasd'])) ===
      JSON.stringify([4, 9])
  )
  assert.ok(
    JSON.stringify(filterIntegers([3, 'c', 3, 3, 'a', 'b'])) ===
      JSON.stringify([3, 3, 3])
  )
}

testFilterIntegers()

export {};
//@@ example_test
declare var require: any;
const assert = require("node:assert");

const testFilterIntegers = () => {
  assert.ok(JSON.stringify(filterIntegers(['a', 3.14, 5])) === JSON.stringify([5]))
  assert.ok(
    JSON.stringify(filterIntegers([1, 2, 3, 'abc', {}, []])) ===
      JSON.stringify([1,2,3])
  )
}
testFilterIntegers()

export {};
//@@ notes
Solution and helpers: HumanEval-X JavaScript (Apache-2.0); test: HumanEval-X JS test, console.assert -> assert.ok.
Types seeded from MultiPL-E's prompt.
