//@@ header
//@@ helpers
//@@ doc_append
//@@ signature
function hexKey(num: string): number {
//@@ solution
  var primes = "2357BD",
      total = 0;
  for (let i = 0; i < num.length; i++)
    if (primes.includes(num[i]))
      total++;
  return total;
}
//@@ test
declare var require: any;
const assert = require("node:assert");

const testHexKey = () => {
  assert.ok(1 === hexKey('AB'))
  assert.ok(2 === hexKey('1077E'))
  assert.ok(4 === hexKey('ABED1A33'))
  assert.ok(2 === hexKey('2020'))
  assert.ok(6 === hexKey('123456789ABCDEF0'))
  assert.ok(12 === hexKey('112233445566778899AABBCCDDEEFF00'))
  assert.ok(0 === hexKey(''))
}

testHexKey()

export {};
//@@ example_test
declare var require: any;
const assert = require("node:assert");

const testHexKey = () => {
  assert.ok(1 === hexKey('AB'))
  assert.ok(2 === hexKey('1077E'))
  assert.ok(4 === hexKey('ABED1A33'))
  assert.ok(2 === hexKey('2020'))
  assert.ok(6 === hexKey('123456789ABCDEF0'))
}
testHexKey()

export {};
//@@ notes
Solution and helpers: HumanEval-X JavaScript (Apache-2.0); test: HumanEval-X JS test, console.assert -> assert.ok.
Types seeded from MultiPL-E's prompt.
