//@@ header
//@@ helpers
//@@ doc_append
//@@ signature
function hasCloseElements(numbers: number[], threshold: number): boolean {
//@@ solution
  for (let i = 0; i < numbers.length; i++) {
    for (let j = 0; j < numbers.length; j++) {
      if (i != j) {
        let distance = Math.abs(numbers[i] - numbers[j]);
        if (distance < threshold) {
          return true;
        }
      }
    }
  }
  return false;
}
//@@ test
declare var require: any;
const assert = require("node:assert");

const testHasCloseElements = () => {
  assert.ok(hasCloseElements([1.0, 2.0, 3.9, 4.0, 5.0, 2.2], 0.3) === true)
  assert.ok(
    hasCloseElements([1.0, 2.0, 3.9, 4.0, 5.0, 2.2], 0.05) === false
  )
  assert.ok(hasCloseElements([1.0, 2.0, 5.9, 4.0, 5.0], 0.95) === true)
  assert.ok(hasCloseElements([1.0, 2.0, 5.9, 4.0, 5.0], 0.8) === false)
  assert.ok(hasCloseElements([1.0, 2.0, 3.0, 4.0, 5.0, 2.0], 0.1) === true)
  assert.ok(hasCloseElements([1.1, 2.2, 3.1, 4.1, 5.1], 1.0) === true)
  assert.ok(hasCloseElements([1.1, 2.2, 3.1, 4.1, 5.1], 0.5) === false)
}

testHasCloseElements()

export {};
//@@ example_test
declare var require: any;
const assert = require("node:assert");

const testHasCloseElements = () => {
  assert.ok(hasCloseElements([1.0, 2.0, 3.0], 0.5) === false)
  assert.ok(
    hasCloseElements([1.0, 2.8, 3.0, 4.0, 5.0, 2.0], 0.3) === true
  )
}
testHasCloseElements()

export {};
//@@ notes
Solution and helpers: HumanEval-X JavaScript (Apache-2.0); test: HumanEval-X JS test, console.assert -> assert.ok.
Types seeded from MultiPL-E's prompt.
