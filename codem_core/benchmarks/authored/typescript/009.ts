//@@ header
//@@ helpers
//@@ doc_append
//@@ signature
function rollingMax(numbers: number[]): number[] {
//@@ solution
  var running_max, result = [];
  for (const n of numbers) {
    if (running_max == undefined)
      running_max = n;
    else
      running_max = Math.max(running_max, n);
    result.push(running_max);
  }
  return result;
}
//@@ test
declare var require: any;
const assert = require("node:assert");

const testRollingMax = () => {
  assert.ok(JSON.stringify(rollingMax([])) === JSON.stringify([]))
  assert.ok(
    JSON.stringify(rollingMax([1, 2, 3, 4])) === JSON.stringify([1, 2, 3, 4])
  )
  assert.ok(
    JSON.stringify(rollingMax([4, 3, 2, 1])) === JSON.stringify([4, 4, 4, 4])
  )
  assert.ok(
    JSON.stringify(
      rollingMax([3, 2, 3, 100, 3])) === JSON.stringify([3, 3, 3, 100, 100])
  )
}

testRollingMax()

export {};
//@@ example_test
declare var require: any;
const assert = require("node:assert");

const testRollingMax = () => {
  assert.ok(JSON.stringify(rollingMax([1, 2, 3, 2, 3, 4, 2])) === JSON.stringify([1, 2, 3, 3, 3, 4, 4]))
}
testRollingMax()

export {};
//@@ notes
Solution and helpers: HumanEval-X JavaScript (Apache-2.0); test: HumanEval-X JS test, console.assert -> assert.ok.
Types seeded from MultiPL-E's prompt.
