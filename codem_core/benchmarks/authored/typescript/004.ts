//@@ header
//@@ helpers
//@@ doc_append
//@@ signature
function meanAbsoluteDeviation(numbers: number[]): number {
//@@ solution
  var mean = numbers.reduce((prev, item) => {
    return prev + item;
  }, 0) / numbers.length;
  return numbers.reduce((prev, item) => {
    return prev + Math.abs(item - mean);
  }, 0) / numbers.length;

}
//@@ test
declare var require: any;
const assert = require("node:assert");

const testMeanAbsoluteDeviation = () => {
  assert.ok(
    Math.abs(meanAbsoluteDeviation([1.0, 2.0, 3.0]) - 2.0 / 3.0) < 1e-6
  )
  assert.ok(
    Math.abs(meanAbsoluteDeviation([1.0, 2.0, 3.0, 4.0]) - 1.0) < 1e-6
  )
  assert.ok(
    Math.abs(meanAbsoluteDeviation([1.0, 2.0, 3.0, 4.0, 5.0]) - 6.0 / 5.0) < 1e-6
  )
}

testMeanAbsoluteDeviation()

export {};
//@@ example_test
declare var require: any;
const assert = require("node:assert");

const testMeanAbsoluteDeviation = () => {
  assert.ok(
    Math.abs(meanAbsoluteDeviation([1.0, 2.0, 3.0, 4.0]) - 1.0) < 1e-6
  )
}
testMeanAbsoluteDeviation()

export {};
//@@ notes
Solution and helpers: HumanEval-X JavaScript (Apache-2.0); test: HumanEval-X JS test, console.assert -> assert.ok.
Types seeded from MultiPL-E's prompt.
