//@@ header
//@@ helpers
//@@ doc_append
//@@ signature
function changeBase(x: number, base: number): string {
//@@ solution
  var ret = "";
  while (x > 0) {
    ret = (x % base).toString() + ret;
    x = Math.floor(x / base);
  }
  return ret;
}
//@@ test
declare var require: any;
const assert = require("node:assert");

const testChangeBase = () => {
  assert.ok(changeBase(8, 3) === '22')
  assert.ok(changeBase(9, 3) === '100')
  assert.ok(changeBase(234, 2) === '11101010')
  assert.ok(changeBase(16, 2) === '10000')
  assert.ok(changeBase(8, 2) === '1000')
  assert.ok(changeBase(7, 2) === '111')

  for (let i = 2; i < 8; i++) {
    assert.ok(changeBase(i, i + 1) === i.toString())
  }
}

testChangeBase()

export {};
//@@ example_test
declare var require: any;
const assert = require("node:assert");

const testChangeBase = () => {
  assert.ok(changeBase(8, 3) === '22')
  assert.ok(changeBase(8, 2) === '1000')
  assert.ok(changeBase(7, 2) === '111')
}
testChangeBase()

export {};
//@@ notes
Solution and helpers: HumanEval-X JavaScript (Apache-2.0); test: HumanEval-X JS test, console.assert -> assert.ok.
Types seeded from MultiPL-E's prompt.
