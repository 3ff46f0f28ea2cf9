//@@ header
//@@ helpers
//@@ doc_append
//@@ signature
function isSimplePower(x: number, n: number): boolean {
//@@ solution
  if (n == 1)
    return (x == 1);
  var power = 1;
  while (power < x)
    power = power * n;
  return (power == x);
}
//@@ test
declare var require: any;
const assert = require("node:assert");

const testIsSimplePower = () => {
  assert.ok(isSimplePower(1, 4) === true)
  assert.ok(isSimplePower(2, 2) === true)
  assert.ok(isSimplePower(8, 2) === true)
  assert.ok(isSimplePower(3, 2) === false)
  assert.ok(isSimplePower(3, 1) === false)
  assert.ok(isSimplePower(5, 3) === false)
  assert.ok(isSimplePower(16, 2) === true)
  assert.ok(isSimplePower(143214, 16) === false)
  assert.ok(isSimplePower(4, 2) === true)
  assert.ok(isSimplePower(9, 3) === true)
  assert.ok(isSimplePower(16, 4) === true)
  assert.ok(isSimplePower(24, 2) === false)
  assert.ok(isSimplePower(128, 4) === false)
  assert.ok(isSimplePower(12, 6) === false)
  assert.ok(isSimplePower(1, 1) === true)
  assert.ok(isSimplePower(1, 12) === true)
}

testIsSimplePower()

export {};
//@@ example_test
declare var require: any;
const assert = require("node:assert");

const testIsSimplePower = () => {
  assert.ok(isSimplePower(1, 4) === true)
  assert.ok(isSimplePower(2, 2) === true)
  assert.ok(isSimplePower(8, 2) === true)
  assert.ok(isSimplePower(3, 2) === false)
  assert.ok(isSimplePower(3, 1) === false)
  assert.ok(isSimplePower(5, 3) === false)
}
testIsSimplePower()

export {};
//@@ notes
Solution and helpers: HumanEval-X JavaScript (Apache-2.0); test: HumanEval-X JS test, console.assert -> assert.ok.
Types seeded from MultiPL-E's prompt.
