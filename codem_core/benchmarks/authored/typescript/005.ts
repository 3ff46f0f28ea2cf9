//@@ header
//@@ helpers
//@@ doc_append
//@@ signature
function intersperse(numbers: number[], delimeter: number): number[] {
//@@ solution
  if (!Array.isArray(numbers) || numbers.length == 0)
    return [];
  var result = [];
  for (const n of numbers) {
    result.push(n, delimeter);
  }
  result.pop();
  return result;
}
//@@ test
declare var require: any;
const assert = require("node:assert");

const testIntersperse = () => {
  assert.ok(JSON.stringify(intersperse([], 7)) === JSON.stringify([]))
  assert.ok(
    JSON.stringify(
      intersperse([5, 6, 3, 2], 8)) === JSON.stringify([5, 8, 6, 8, 3, 8, 2])
  )
  assert.ok(
    JSON.stringify(
      intersperse([2, 2, 2], 2)) === JSON.stringify([2, 2, 2, 2, 2])
  )
}

testIntersperse()

export {};
//@@ example_test
declare var require: any;
const assert = require("node:assert");

const testIntersperse = () => {
  assert.ok(JSON.stringify(intersperse([], 4)) === JSON.stringify([]))
  assert.ok(
    JSON.stringify(
      intersperse([1,2,3], 4)) === JSON.stringify([1,4,2,4,3])
  )
}
testIntersperse()

export {};
//@@ notes
Solution and helpers: HumanEval-X JavaScript (Apache-2.0); test: HumanEval-X JS test, console.assert -> assert.ok.
Types seeded from MultiPL-E's prompt.
