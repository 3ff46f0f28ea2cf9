//@@ header
//@@ helpers
//@@ doc_append
//@@ signature
function closestInteger(value: string): number {
//@@ solution
  let v = Number(value)
  let t = v % 1
  if (t < 0.5 && t > -0.5) { v -= t }
  else { v += t }
  return v
}
//@@ test
declare var require: any;
const assert = require("node:assert");

const testClosestInteger = () => {
  assert.ok(closestInteger('10') === 10)
  assert.ok(closestInteger('14.5') === 15)
  assert.ok(closestInteger('-15.5') === -16)
  assert.ok(closestInteger('15.3') === 15)
  assert.ok(closestInteger('0') === 0)
}

testClosestInteger()

export {};
//@@ example_test
declare var require: any;
const assert = require("node:assert");

const testClosestInteger = () => {
  assert.ok(closestInteger('10') === 10)
  assert.ok(closestInteger('15.3') === 15)
}
testClosestInteger()

export {};
//@@ notes
Solution and helpers: HumanEval-X JavaScript (Apache-2.0); test: HumanEval-X JS test, console.assert -> assert.ok.
Types seeded from MultiPL-E's prompt.
Hand fix: the string parameter is no longer reassigned to a number.
