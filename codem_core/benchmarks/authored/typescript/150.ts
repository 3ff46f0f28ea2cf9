//@@ header
//@@ helpers
//@@ doc_append
//@@ signature
function xOrY(n: number, x: number, y: number): number {
//@@ solution
  let len = n
  if (len == 1 || len == 0) { return y }
  for (let i = 2; i * i <= len; i++) {
    if (len % i == 0) { return y }
  }
  return x
}
//@@ test
declare var require: any;
const assert = require("node:assert");

const testXOrY = () => {
  assert.ok(xOrY(7, 34, 12) === 34)
  assert.ok(xOrY(15, 8, 5) === 5)
  assert.ok(xOrY(3, 33, 5212) === 33)
  assert.ok(xOrY(1259, 3, 52) === 3)
  assert.ok(xOrY(7919, -1, 12) === -1)
  assert.ok(xOrY(3609, 1245, 583) === 583)
  assert.ok(xOrY(91, 56, 129) === 129)
  assert.ok(xOrY(6, 34, 1234) === 1234)
  assert.ok(xOrY(1, 2, 0) === 0)
  assert.ok(xOrY(2, 2, 0) === 2)
}

testXOrY()

export {};
//@@ example_test
declare var require: any;
const assert = require("node:assert");

const testXOrY = () => {
  assert.ok(xOrY(7, 34, 12) === 34)
  assert.ok(xOrY(15, 8, 5) === 5)
}
testXOrY()

export {};
//@@ notes
Solution and helpers: HumanEval-X JavaScript (Apache-2.0); test: HumanEval-X JS test, console.assert -> assert.ok.
Types seeded from MultiPL-E's prompt.
