//@@ header
//@@ helpers
//@@ doc_append
//@@ signature
function modp(n: number, p: number): number {
//@@ solution
  var ret = 1;
  for (let i = 0; i < n; i++)
    ret = (2 * ret) % p;
  return ret;
}
//@@ test
declare var require: any;
const assert = require("node:assert");

const testModp = () => {
  assert.ok(modp(3, 5) === 3)
  assert.ok(modp(1101, 101) === 2)
  assert.ok(modp(0, 101) === 1)
  assert.ok(modp(3, 11) === 8)
  assert.ok(modp(100, 101) === 1)
  assert.ok(modp(30, 5) === 4)
  assert.ok(modp(31, 5) === 3)
}

testModp()

export {};
//@@ example_test
declare var require: any;
const assert = require("node:assert");

const testModp = () => {
  assert.ok(modp(3, 5) === 3)
  assert.ok(modp(1101, 101) === 2)
  assert.ok(modp(0, 101) === 1)
  assert.ok(modp(3, 11) === 8)
  assert.ok(modp(100, 101) === 1)
}
testModp()

export {};
//@@ notes
Solution and helpers: HumanEval-X JavaScript (Apache-2.0); test: HumanEval-X JS test, console.assert -> assert.ok.
Types seeded from MultiPL-E's prompt.
