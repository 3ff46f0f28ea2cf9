//@@ header
//@@ helpers
//@@ doc_append
//@@ signature
function iscube(a: number): boolean {
//@@ solution
  a = Math.abs(a);
  return (Math.pow(Math.round(Math.pow(a, 1.0 / 3.0)), 3) == a);
}
//@@ test
declare var require: any;
const assert = require("node:assert");

const testIscube = () => {
  assert.ok(true === iscube(1))
  assert.ok(false === iscube(2))
  assert.ok(true === iscube(-1))
  assert.ok(true === iscube(64))
  assert.ok(false === iscube(180))
  assert.ok(true === iscube(1000))
  assert.ok(true === iscube(0))
  assert.ok(false === iscube(1729))
}

testIscube()

export {};
//@@ example_test
declare var require: any;
const assert = require("node:assert");

const testIscube = () => {
  assert.ok(true === iscube(1))
  assert.ok(false === iscube(2))
  assert.ok(true === iscube(-1))
  assert.ok(true === iscube(64))
  assert.ok(false === iscube(180))
  assert.ok(true === iscube(0))
}
testIscube()

export {};
//@@ notes
Solution and helpers: HumanEval-X JavaScript (Apache-2.0); test: HumanEval-X JS test, console.assert -> assert.ok.
Types seeded from MultiPL-E's prompt.
