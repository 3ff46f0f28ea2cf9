//@@ header
//@@ helpers
//@@ doc_append
//@@ signature
function countUpper(s: string): number {
//@@ solution
  let p = 0
  for (let i = 0; i < s.length; i += 2) {
    if (s[i] == 'A' || s[i] == 'E' || s[i] == 'I' || s[i] == 'O' || s[i] == 'U') { p++ }
  }
  return p
}
//@@ test
declare var require: any;
const assert = require("node:assert");

const testCountUpper = () => {
  assert.ok(countUpper('aBCdEf') === 1)
  assert.ok(countUpper('abcdefg') === 0)
  assert.ok(countUpper('dBBE') === 0)
  assert.ok(countUpper('B') === 0)
  assert.ok(countUpper('U') === 1)
  assert.ok(countUpper('') === 0)
  assert.ok(countUpper('EEEE') === 2)
}

testCountUpper()

export {};
//@@ example_test
declare var require: any;
const assert = require("node:assert");

const testCountUpper = () => {
  assert.ok(countUpper('aBCdEf') === 1)
  assert.ok(countUpper('abcdefg') === 0)
  assert.ok(countUpper('dBBE') === 0)
}
testCountUpper()

export {};
//@@ notes
Solution and helpers: HumanEval-X JavaScript (Apache-2.0); test: HumanEval-X JS test, console.assert -> assert.ok.
Types seeded from MultiPL-E's prompt.
