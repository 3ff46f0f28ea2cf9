//@@ header
//@@ helpers
//@@ doc_append
//@@ signature
function simplify(x: string, n: string): boolean {
//@@ solution
  let a = x.split(/\//)
  let b = n.split(/\//)
  let m = Number(a[0]) * Number(b[0])
  let r = Number(a[1]) * Number(b[1])
  return m % r == 0
}
//@@ test
declare var require: any;
const assert = require("node:assert");

const testSimplify = () => {
  assert.ok(simplify('1/5', '5/1') === true)
  assert.ok(simplify('1/6', '2/1') === false)
  assert.ok(simplify('5/1', '3/1') === true)
  assert.ok(simplify('7/10', '10/2') === false)
  assert.ok(simplify('2/10', '50/10') === true)
  assert.ok(simplify('7/2', '4/2') === true)
  assert.ok(simplify('11/6', '6/1') === true)
  assert.ok(simplify('2/3', '5/2') === false)
  assert.ok(simplify('5/2', '3/5') === false)
  assert.ok(simplify('2/4', '8/4') === true)
  assert.ok(simplify('2/4', '4/2') === true)
  assert.ok(simplify('1/5', '5/1') === true)
  assert.ok(simplify('1/5', '1/5') === false)
}

testSimplify()

export {};
//@@ example_test
declare var require: any;
const assert = require("node:assert");

const testSimplify = () => {
  assert.ok(simplify('1/5', '5/1') === true)
  assert.ok(simplify('1/6', '2/1') === false)
  assert.ok(simplify('7/10', '10/2') === false)
}
testSimplify()

export {};
//@@ notes
Solution and helpers: HumanEval-X JavaScript (Apache-2.0); test: HumanEval-X JS test, console.assert -> assert.ok.
Types seeded from MultiPL-E's prompt.
