//@@ header
//@@ helpers
//@@ doc_append
//@@ signature
function compareOne(a: number | string, b: number | string): number | string | null {
//@@ solution
  let aa = Number(a)
  if (typeof a == 'string') { aa = Number(a.replace(',', '.')) }
  let bb = Number(b)
  if (typeof b == 'string') { bb = Number(b.replace(',', '.')) }
  if (aa > bb) { return a }
  if (aa < bb) { return b }
  return null
}
//@@ test
declare var require: any;
const assert = require("node:assert");

const testCompareOne = () => {
  assert.ok(compareOne(1, 2) === 2)
  assert.ok(compareOne(1, 2.5) === 2.5)
  assert.ok(compareOne(2, 3) === 3)
  assert.ok(compareOne(5, 6) === 6)
  assert.ok(compareOne(1, '2,3') === '2,3')
  assert.ok(compareOne('5,1', '6') === '6')
  assert.ok(compareOne('1', '2') === '2')
  assert.ok(compareOne('1', 1) === null)
}

testCompareOne()

export {};
//@@ example_test
declare var require: any;
const assert = require("node:assert");

const testCompareOne = () => {
  assert.ok(compareOne(1, 2.5) === 2.5)
  assert.ok(compareOne(1, '2,3') === '2,3')
  assert.ok(compareOne('5,1', '6') === '6')
  assert.ok(compareOne('1', 1) === null)
}
testCompareOne()

export {};
//@@ notes
Solution and helpers: HumanEval-X JavaScript (Apache-2.0); test: HumanEval-X JS test, console.assert -> assert.ok.
Types by hand (MultiPL-E lacks the task; mxeval's prompt says any).
