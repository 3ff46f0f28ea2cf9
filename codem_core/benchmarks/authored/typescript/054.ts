//@@ header
//@@ helpers
//@@ doc_append
//@@ signature
function sameChars(s0: string, s1: string): boolean {
//@@ solution
  return JSON.stringify([...new Set(s0)].sort()) === JSON.stringify([...new Set(s1)].sort());
}
//@@ test
declare var require: any;
const assert = require("node:assert");

const testSameChars = () => {
  assert.ok(sameChars('eabcdzzzz', 'dddzzzzzzzddeddabc') === true)
  assert.ok(sameChars('abcd', 'dddddddabc') === true)
  assert.ok(sameChars('dddddddabc', 'abcd') === true)
  assert.ok(sameChars('eabcd', 'dddddddabc') === false)
  assert.ok(sameChars('abcd', 'dddddddabcf') === false)
  assert.ok(sameChars('eabcdzzzz', 'dddzzzzzzzddddabc') === false)
  assert.ok(sameChars('aabb', 'aaccc') === false)
}

testSameChars()

export {};
//@@ example_test
declare var require: any;
const assert = require("node:assert");

const testSameChars = () => {
  assert.ok(sameChars('eabcdzzzz', 'dddzzzzzzzddeddabc') === true)
  assert.ok(sameChars('abcd', 'dddddddabc') === true)
  assert.ok(sameChars('dddddddabc', 'abcd') === true)
  assert.ok(sameChars('eabcd', 'dddddddabc') === false)
  assert.ok(sameChars('abcd', 'dddddddabcf') === false)
  assert.ok(sameChars('eabcdzzzz', 'dddzzzzzzzddddabc') === false)
}
testSameChars()

export {};
//@@ notes
Solution and helpers: HumanEval-X JavaScript (Apache-2.0); test: HumanEval-X JS test, console.assert -> assert.ok.
Types seeded from MultiPL-E's prompt.
