//@@ header
//@@ helpers
//@@ doc_append
//@@ signature
function stringSequence(n: number): string {
//@@ solution
  return [...Array(n).keys(), n].join(' ')
}
//@@ test
declare var require: any;
const assert = require("node:assert");

const testStringSequence = () => {
  assert.ok(stringSequence(0) === '0')
  assert.ok(stringSequence(3) === '0 1 2 3')
  assert.ok(stringSequence(10) === '0 1 2 3 4 5 6 7 8 9 10')
}

testStringSequence()

export {};
//@@ example_test
declare var require: any;
const assert = require("node:assert");

const testStringSequence = () => {
  assert.ok(stringSequence(0) === '0')
  assert.ok(stringSequence(5) === '0 1 2 3 4 5')
}
testStringSequence()

export {};
//@@ notes
Solution and helpers: HumanEval-X JavaScript (Apache-2.0); test: HumanEval-X JS test, console.assert -> assert.ok.
Types seeded from MultiPL-E's prompt.
