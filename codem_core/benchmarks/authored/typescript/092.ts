//@@ header
//@@ helpers
//@@ doc_append
//@@ signature
function anyInt(x: number, y: number, z: number): boolean {
//@@ solution
  if (x % 1 === 0 && y % 1 === 0 && z % 1 === 0 && (x + y === z || x + z === y || x === y + z)) {
    return true
  }
  return false
}
//@@ test
declare var require: any;
const assert = require("node:assert");

const testAnyInt = () => {
  assert.ok(anyInt(2, 3, 1) === true)
  assert.ok(anyInt(2.5, 2, 3) === false)
  assert.ok(anyInt(1.5, 5, 3.5) === false)
  assert.ok(anyInt(2, 6, 2) === false)
  assert.ok(anyInt(4, 2, 2) === true)
  assert.ok(anyInt(2.2, 2.2, 2.2) === false)
  assert.ok(anyInt(-4, 6, 2) === true)
  assert.ok(anyInt(2, 1, 1) === true)
  assert.ok(anyInt(3, 4, 7) === true)
  assert.ok(anyInt(3.0, 4, 7) === true)
}

testAnyInt()

export {};
//@@ example_test
declare var require: any;
const assert = require("node:assert");

const testAnyInt = () => {
  assert.ok(anyInt(5, 2, 7) === true)
  assert.ok(anyInt(3, 2, 2) === false)
  assert.ok(anyInt(3, -2, 1) === true)
  assert.ok(anyInt(3.6, -2.2, 2) === false)
}
testAnyInt()

export {};
//@@ notes
Solution and helpers: HumanEval-X JavaScript (Apache-2.0); test: HumanEval-X JS test, console.assert -> assert.ok.
Types seeded from MultiPL-E's prompt.
