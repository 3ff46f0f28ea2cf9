//@@ header
//@@ helpers
//@@ doc_append
//@@ signature
function triangleArea(a: number, h: number): number {
//@@ solution
  return a * h / 2.0;
}
//@@ test
declare var require: any;
const assert = require("node:assert");

const testTriangleArea = () => {
  assert.ok(triangleArea(5, 3) === 7.5)
  assert.ok(triangleArea(2, 2) === 2.0)
  assert.ok(triangleArea(10, 8) === 40.0)
}

testTriangleArea()

export {};
//@@ example_test
declare var require: any;
const assert = require("node:assert");

const testTriangleArea = () => {
  assert.ok(triangleArea(5, 3) === 7.5)
}
testTriangleArea()

export {};
//@@ notes
Solution and helpers: HumanEval-X JavaScript (Apache-2.0); test: HumanEval-X JS test, console.assert -> assert.ok.
Types seeded from MultiPL-E's prompt.
