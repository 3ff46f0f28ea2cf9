//@@ header
//@@ helpers
//@@ doc_append
//@@ signature
function pluck(arr: number[]): number[] {
//@@ solution
  if (arr.length == 0) return [];
  var evens = arr.filter(x => x % 2 == 0);
  if (evens.length == 0) return [];
  return [Math.min(...evens), arr.indexOf(Math.min(...evens))];
}
//@@ test
declare var require: any;
const assert = require("node:assert");

const testPluck = () => {
  assert.ok(JSON.stringify(pluck([4, 2, 3])) === JSON.stringify([2, 1]))
  assert.ok(JSON.stringify(pluck([1, 2, 3])) === JSON.stringify([2, 1]))
  assert.ok(JSON.stringify(pluck([])) === JSON.stringify([]))
  assert.ok(
    JSON.stringify(pluck([5, 0, 3, 0, 4, 2])) === JSON.stringify([0, 1])
  )
  assert.ok(
    JSON.stringify(pluck([1, 2, 3, 0, 5, 3])) === JSON.stringify([0, 3])
  )
  assert.ok(
    JSON.stringify(pluck([5, 4, 8, 4, 8])) === JSON.stringify([4, 1])
  )
  assert.ok(JSON.stringify(pluck([7, 6, 7, 1])) === JSON.stringify([6, 1]))
  assert.ok(JSON.stringify(pluck([7, 9, 7, 1])) === JSON.stringify([]))
}

testPluck()

export {};
//@@ example_test
declare var require: any;
const assert = require("node:assert");

const testPluck = () => {
  assert.ok(JSON.stringify(pluck([4, 2, 3])) === JSON.stringify([2, 1]))
  assert.ok(JSON.stringify(pluck([1, 2, 3])) === JSON.stringify([2, 1]))
  assert.ok(JSON.stringify(pluck([])) === JSON.stringify([]))
  assert.ok(
    JSON.stringify(pluck([5, 0, 3, 0, 4, 2])) === JSON.stringify([0, 1])
  )
}
testPluck()

export {};
//@@ notes
Solution and helpers: HumanEval-X JavaScript (Apache-2.0); test: HumanEval-X JS test, console.assert -> assert.ok.
Types seeded from MultiPL-E's prompt.
