//@@ header
//@@ helpers
//@@ doc_append
//@@ signature
function triangleArea(a: number, b: number, c: number): number {
//@@ solution
  if (a + b <= c || a + c <= b || b + c <= a)
    return -1;
  var s = (a + b + c) / 2;
  var area = Math.pow(s * (s - a) * (s - b) * (s - c), 0.5);
  return Number(area.toFixed(2));
}
//@@ test
declare var require: any;
const assert = require("node:assert");

const testTriangleArea = () => {
  assert.ok(triangleArea(3, 4, 5) == 6.0)
  assert.ok(triangleArea(1, 2, 10) == -1)
  assert.ok(triangleArea(4, 8, 5) == 8.18)
  assert.ok(triangleArea(2, 2, 2) == 1.73)
  assert.ok(triangleArea(1, 2, 3) == -1)
  assert.ok(triangleArea(10, 5, 7) == 16.25)
  assert.ok(triangleArea(2, 6, 3) == -1)
  assert.ok(triangleArea(1, 1, 1) == 0.43)
  assert.ok(triangleArea(2, 2, 10) == -1)
}

testTriangleArea()

export {};
//@@ example_test
declare var require: any;
const assert = require("node:assert");

const testTriangleArea = () => {
  assert.ok(triangleArea(3, 4, 5) == 6.0)
  assert.ok(triangleArea(1, 2, 10) == -1)
}
testTriangleArea()

export {};
//@@ notes
Solution and helpers: HumanEval-X JavaScript (Apache-2.0); test: HumanEval-X JS test, console.assert -> assert.ok.
Types seeded from MultiPL-E's prompt.
Hand fix: returns a number rounded to 2 decimals (JS returned the toFixed string and its test compared with ==).
