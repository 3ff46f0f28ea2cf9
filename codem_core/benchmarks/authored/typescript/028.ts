//@@ header
//@@ helpers
//@@ doc_append
//@@ signature
function concatenate(strings: string[]): string {
//@@ solution
  return strings.join('');
}
//@@ test
declare var require: any;
const assert = require("node:assert");

const testConcatenate = () => {
  assert.ok(concatenate([]) === '')
  assert.ok(concatenate(['x', 'y', 'z']) === 'xyz')
  assert.ok(concatenate(['x', 'y', 'z', 'w', 'k']) === 'xyzwk')
}

testConcatenate()

export {};
//@@ example_test
declare var require: any;
const assert = require("node:assert");

const testConcatenate = () => {
  assert.ok(concatenate([]) === '')
  assert.ok(concatenate(['a', 'b', 'c']) === 'abc')
}
testConcatenate()

export {};
//@@ notes
Solution and helpers: HumanEval-X JavaScript (Apache-2.0); test: HumanEval-X JS test, console.assert -> assert.ok.
Types seeded from MultiPL-E's prompt.
