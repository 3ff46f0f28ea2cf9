//@@ header
//@@ helpers
//@@ doc_append
//@@ signature
function rightAngleTriangle(a: number, b: number, c: number): boolean {
//@@ solution
  return (a * a + b * b == c * c || a * a == b * b + c * c || b * b == a * a + c * c)
}
//@@ test
declare var require: any;
const assert = require("node:assert");

const testRightAngleTriangle = () => {
  assert.ok(rightAngleTriangle(3, 4, 5) === true)
  assert.ok(rightAngleTriangle(1, 2, 3) === false)
  assert.ok(rightAngleTriangle(10, 6, 8) === true)
  assert.ok(rightAngleTriangle(2, 2, 2) === false)
  assert.ok(rightAngleTriangle(7, 24, 25) === true)
  assert.ok(rightAngleTriangle(10, 5, 7) === false)
  assert.ok(rightAngleTriangle(5, 12, 13) === true)
  assert.ok(rightAngleTriangle(15, 8, 17) === true)
  assert.ok(rightAngleTriangle(48, 55, 73) === true)
  assert.ok(rightAngleTriangle(1, 1, 1) === false)
  assert.ok(rightAngleTriangle(2, 2, 10) === false)
}

testRightAngleTriangle()

export {};
//@@ example_test
declare var require: any;
const assert = require("node:assert");

const testRightAngleTriangle = () => {
  assert.ok(rightAngleTriangle(3, 4, 5) === true)
  assert.ok(rightAngleTriangle(1, 2, 3) === false)
}
testRightAngleTriangle()

export {};
//@@ notes
Solution and helpers: HumanEval-X JavaScript (Apache-2.0); test: HumanEval-X JS test, console.assert -> assert.ok.
Types seeded from MultiPL-E's prompt.
