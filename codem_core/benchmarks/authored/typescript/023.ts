//@@ header
//@@ helpers
//@@ doc_append
//@@ signature
function strlen(string: string): number {
//@@ solution
  return string.length;
}
//@@ test
declare var require: any;
const assert = require("node:assert");

const testStrlen = () => {
  assert.ok(strlen('') === 0)
  assert.ok(strlen('x') === 1)
  assert.ok(strlen('asdasnakj') === 9)
}

testStrlen()

export {};
//@@ example_test
declare var require: any;
const assert = require("node:assert");

const testStrlen = () => {
  assert.ok(strlen('') === 0)
  assert.ok(strlen('abc') === 3)
}
testStrlen()

export {};
//@@ notes
Solution and helpers: HumanEval-X JavaScript (Apache-2.0); test: HumanEval-X JS test, console.assert -> assert.ok.
Types seeded from MultiPL-E's prompt.
