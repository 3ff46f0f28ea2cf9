//@@ header
//@@ helpers
//@@ doc_append
//@@ signature
function rescaleToUnit(numbers: number[]): number[] {
//@@ solution
  var min_number = Math.min(...numbers);
  var max_number = Math.max(...numbers);
  return numbers.map(x => (x - min_number) / (max_number - min_number));
}
//@@ test
declare var require: any;
const assert = require("node:assert");

const testRescaleToUnit = () => {
  assert.ok(
    JSON.stringify(rescaleToUnit([2.0, 49.9])) === JSON.stringify([0.0, 1.0])
  )
  assert.ok(
    JSON.stringify(rescaleToUnit([100.0, 49.9])) === JSON.stringify([1.0, 0.0])
  )
  assert.ok(
    JSON.stringify(rescaleToUnit([1.0, 2.0, 3.0, 4.0, 5.0])) ===
      JSON.stringify([0.0, 0.25, 0.5, 0.75, 1.0])
  )
  assert.ok(
    JSON.stringify(rescaleToUnit([2.0, 1.0, 5.0, 3.0, 4.0])) ===
      JSON.stringify([0.25, 0.0, 1.0, 0.5, 0.75])
  )
  assert.ok(
    JSON.stringify(rescaleToUnit([12.0, 11.0, 15.0, 13.0, 14.0])) ===
      JSON.stringify([0.25, 0.0, 1.0, 0.5, 0.75])
  )
}

testRescaleToUnit()

export {};
//@@ example_test
declare var require: any;
const assert = require("node:assert");

const testRescaleToUnit = () => {
  assert.ok(
    JSON.stringify(rescaleToUnit([1.0, 2.0, 3.0, 4.0, 5.0])) ===
      JSON.stringify([0.0, 0.25, 0.5, 0.75, 1.0])
  )
}
testRescaleToUnit()

export {};
//@@ notes
Solution and helpers: HumanEval-X JavaScript (Apache-2.0); test: HumanEval-X JS test, console.assert -> assert.ok.
Types seeded from MultiPL-E's prompt.
